declare module 'virtual:legacy-govuk-css' {
  /** govuk-frontend 4.x, compiled from its Sass. */
  export const govukV4Css: string;
  /** govuk-frontend 5.x, as published. */
  export const govukV5Css: string;
}
