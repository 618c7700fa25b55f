// govuk-frontend ships no type declarations; the tests use one class of it,
// as a host page that runs GOV.UK Frontend's own JavaScript would.
declare module 'govuk-frontend' {
  export class ErrorSummary {
    constructor($root: Element, config?: { disableAutoFocus?: boolean });
  }
}
