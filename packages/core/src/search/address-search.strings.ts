import type { Catalogue } from '../i18n/catalogue.js';
import type { CoreStringKey } from '../i18n/core-strings.js';

/** The words of the address search that every component using it shows the same. */
export type AddressSearchStringKey =
  | 'postcodeLabel'
  | 'postcodeHint'
  | 'findAddress'
  | 'searching'
  | 'found'
  | 'change'
  | 'changeHidden'
  | 'selectLabel'
  | 'selectPlaceholder'
  | 'useAddress'
  | 'errorPostcodeEmpty'
  | 'errorPostcodeInvalid'
  | 'errorSelect';

/**
 * What each component words itself, because each offers its own way forward: the address lookup ends its
 * messages with "or enter the address manually", bin collections with "check the postcode".
 */
export type AddressSearchOwnKey = 'errorNotFound' | 'errorLookupFailed' | 'errorRateLimited';

/** Every key the search reads from its component's catalogue. */
export type AddressSearchMessageKey = AddressSearchStringKey | AddressSearchOwnKey | CoreStringKey;

/**
 * The address search's own strings, in English and Welsh (sources: `address-search.welsh-sources.ts`). A
 * component adds them to its catalogue, so a page can still replace any of them through `strings`.
 */
export const addressSearchStrings: Catalogue<AddressSearchStringKey> = {
  en: {
    postcodeLabel: 'Postcode',
    // The GOV.UK address pattern: tell residents the lookup finds UK addresses only.
    postcodeHint: 'Only UK addresses can be found this way',
    findAddress: 'Find address',
    searching: 'Searching for addresses…',
    found: {
      one: '{count} address found for {postcode}',
      other: '{count} addresses found for {postcode}',
    },
    change: 'Change',
    changeHidden: 'postcode',
    selectLabel: 'Select an address',
    selectPlaceholder: { one: '{count} address found', other: '{count} addresses found' },
    useAddress: 'Use this address',
    errorPostcodeEmpty: 'Enter postcode',
    errorPostcodeInvalid: 'Enter a full UK postcode',
    errorSelect: 'Select an address',
  },
  cy: {
    postcodeLabel: 'Cod post',
    postcodeHint: 'Dim ond cyfeiriadau yn y DU y gallwch ddod o hyd iddynt fel hyn',
    findAddress: 'Dod o hyd i gyfeiriad',
    searching: 'Yn chwilio am gyfeiriadau…',
    // Counts follow the HMCTS address finder ('Wedi canfod … cyfeiriad') and GOV.UK Forms' Welsh ('Mae 23 o
    // ganlyniadau'): after 1, 2, 3 and 6 the noun stays singular and mutates ('dau' softens it: gyfeiriad; 'tri' and
    // 'chwe' aspirate it: chyfeiriad); every other count takes 'o' and the plural (o gyfeiriadau). CLDR's `few` is
    // exactly 3 and `many` exactly 6. Never zero: the list shows only when addresses were found.
    found: {
      one: 'Wedi canfod {count} cyfeiriad ar gyfer {postcode}',
      two: 'Wedi canfod {count} gyfeiriad ar gyfer {postcode}',
      few: 'Wedi canfod {count} chyfeiriad ar gyfer {postcode}',
      many: 'Wedi canfod {count} chyfeiriad ar gyfer {postcode}',
      other: 'Wedi canfod {count} o gyfeiriadau ar gyfer {postcode}',
    },
    change: 'Newid',
    changeHidden: 'cod post',
    selectLabel: 'Dewiswch gyfeiriad',
    selectPlaceholder: {
      one: 'Wedi canfod {count} cyfeiriad',
      two: 'Wedi canfod {count} gyfeiriad',
      few: 'Wedi canfod {count} chyfeiriad',
      many: 'Wedi canfod {count} chyfeiriad',
      other: 'Wedi canfod {count} o gyfeiriadau',
    },
    useAddress: 'Defnyddio’r cyfeiriad hwn',
    errorPostcodeEmpty: 'Rhowch god post',
    errorPostcodeInvalid: 'Rhowch god post llawn yn y DU',
    errorSelect: 'Dewiswch gyfeiriad',
  },
};
