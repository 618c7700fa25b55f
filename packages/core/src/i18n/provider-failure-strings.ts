import type { Catalogue } from './catalogue.js';

/**
 * What a resident is told when the council's back end or a provider fails,
 * for components with no more specific message (see `messageKeyFor`). They
 * say what happened and what to do next, in GOV.UK style; the components add
 * their own way forward (manual entry, contact details). A separate catalogue
 * from `coreStrings`, so a component that words its failures itself does not
 * ship these.
 */
export type ProviderFailureStringKey =
  'timeout' | 'network' | 'unavailable' | 'rateLimited' | 'rateLimitedWait' | 'problem';

export const providerFailureStrings: Catalogue<ProviderFailureStringKey> = {
  en: {
    timeout: 'The service took too long to respond. Try again.',
    network: 'We could not connect to the service. Check your internet connection and try again.',
    unavailable: 'Sorry, the service is unavailable. Try again later.',
    rateLimited: 'There have been too many requests. Try again later.',
    rateLimitedWait: {
      one: 'There have been too many requests. Wait {count} second and try again.',
      other: 'There have been too many requests. Wait {count} seconds and try again.',
    },
    problem: 'Sorry, there is a problem with the service. Try again later.',
  },
  cy: {
    timeout: 'Cymerodd y gwasanaeth ormod o amser i ymateb. Rhowch gynnig arall arni.',
    network:
      'Nid oeddem yn gallu cysylltu â’r gwasanaeth. Gwiriwch eich cysylltiad â’r rhyngrwyd a rhowch gynnig arall arni.',
    unavailable: 'Mae’n ddrwg gennym, nid yw’r gwasanaeth ar gael. Rhowch gynnig arall arni yn nes ymlaen.',
    rateLimited: 'Mae gormod o geisiadau wedi cael eu gwneud. Rhowch gynnig arall arni yn nes ymlaen.',
    // Welsh keeps the noun singular after a numeral ("5 eiliad"); the soft
    // mutation after "dwy" (two, feminine) gives "dwy eiliad".
    rateLimitedWait: {
      zero: 'Mae gormod o geisiadau wedi cael eu gwneud. Arhoswch {count} eiliad a rhowch gynnig arall arni.',
      one: 'Mae gormod o geisiadau wedi cael eu gwneud. Arhoswch eiliad a rhowch gynnig arall arni.',
      two: 'Mae gormod o geisiadau wedi cael eu gwneud. Arhoswch ddwy eiliad a rhowch gynnig arall arni.',
      few: 'Mae gormod o geisiadau wedi cael eu gwneud. Arhoswch {count} eiliad a rhowch gynnig arall arni.',
      many: 'Mae gormod o geisiadau wedi cael eu gwneud. Arhoswch {count} eiliad a rhowch gynnig arall arni.',
      other: 'Mae gormod o geisiadau wedi cael eu gwneud. Arhoswch {count} eiliad a rhowch gynnig arall arni.',
    },
    problem: 'Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth. Rhowch gynnig arall arni yn nes ymlaen.',
  },
};
