import type { Catalogue } from './catalogue.js';

/** The words every component shows: the error prefix of GOV.UK error messages and "Try again". */
export type CoreStringKey = 'errorPrefix' | 'tryAgain';

export const coreStrings: Catalogue<CoreStringKey> = {
  en: {
    errorPrefix: 'Error:',
    tryAgain: 'Try again',
  },
  cy: {
    errorPrefix: 'Gwall:',
    tryAgain: 'Rhowch gynnig arall arni',
  },
};
