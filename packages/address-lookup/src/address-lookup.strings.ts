import { withCoreStrings, type Catalogue } from '@council-components/core/i18n/catalogue.js';
import { coreStrings, type CoreStringKey } from '@council-components/core/i18n/core-strings.js';

export type AddressLookupStringKey =
  | 'legend'
  | 'postcodeLabel'
  | 'postcodeHint'
  | 'findAddress'
  | 'enterManually'
  | 'searching'
  | 'found'
  | 'change'
  | 'changeHidden'
  | 'selectLabel'
  | 'selectPlaceholder'
  | 'useAddress'
  | 'cantFind'
  | 'line1Label'
  | 'line2Label'
  | 'townLabel'
  | 'countyLabel'
  | 'checkAddress'
  | 'searchAgain'
  | 'errorLine1'
  | 'errorTown'
  | 'errorPostcodeEmpty'
  | 'errorPostcodeInvalid'
  | 'errorNotFound'
  | 'outsideGb'
  | 'errorLookupFailed'
  | 'errorRateLimited'
  | 'errorSelect'
  | 'errorRequired'
  | 'selectedAnnouncement';

/**
 * Every string of <council-address-lookup>, in English and Welsh. Error
 * messages are the GOV.UK address pattern's own wherever it has one.
 */
const ownStrings: Catalogue<AddressLookupStringKey> = {
  en: {
    legend: 'Address',
    postcodeLabel: 'Postcode',
    // The GOV.UK address pattern: tell residents the lookup finds UK addresses only.
    postcodeHint: 'Only UK addresses can be found this way',
    findAddress: 'Find address',
    enterManually: 'Enter the address manually',
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
    cantFind: 'I can’t find the address in the list',
    line1Label: 'Address line 1',
    line2Label: 'Address line 2 (optional)',
    townLabel: 'Town or city',
    countyLabel: 'County (optional)',
    checkAddress: 'Check the address and change it if you need to.',
    searchAgain: 'Search for a different address',
    errorLine1: 'Enter address line 1, typically the building and street',
    errorTown: 'Enter town or city',
    errorPostcodeEmpty: 'Enter postcode',
    errorPostcodeInvalid: 'Enter a full UK postcode',
    errorNotFound: 'We could not find any addresses for {postcode}. Check the postcode or enter the address manually',
    outsideGb: 'We cannot look up addresses in Jersey, Guernsey, the Isle of Man or BFPO. Enter the address below.',
    errorLookupFailed:
      'Sorry, finding addresses is not working at the moment. Try again later or enter the address manually',
    errorRateLimited: {
      one: 'There have been too many searches. Wait {count} second and try again, or enter the address manually',
      other: 'There have been too many searches. Wait {count} seconds and try again, or enter the address manually',
    },
    errorSelect: 'Select an address',
    errorRequired: 'Enter a postcode and select an address, or enter the address manually',
    selectedAnnouncement: 'Address selected: {address}',
  },
  cy: {
    legend: 'Cyfeiriad',
    postcodeLabel: 'Cod post',
    postcodeHint: 'Dim ond cyfeiriadau yn y DU y gallwch ddod o hyd iddynt fel hyn',
    findAddress: 'Dod o hyd i gyfeiriad',
    enterManually: 'Rhowch y cyfeiriad â llaw',
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
    cantFind: 'Ni allaf ddod o hyd i’r cyfeiriad yn y rhestr',
    line1Label: 'Llinell 1 y cyfeiriad',
    line2Label: 'Llinell 2 y cyfeiriad (dewisol)',
    townLabel: 'Tref neu ddinas',
    countyLabel: 'Sir (dewisol)',
    checkAddress: 'Gwiriwch y cyfeiriad a’i newid os oes angen.',
    searchAgain: 'Chwilio am gyfeiriad gwahanol',
    errorLine1: 'Rhowch linell 1 y cyfeiriad, fel arfer yr adeilad a’r stryd',
    errorTown: 'Rhowch dref neu ddinas',
    errorPostcodeEmpty: 'Rhowch god post',
    errorPostcodeInvalid: 'Rhowch god post llawn yn y DU',
    errorNotFound:
      'Ni allem ddod o hyd i unrhyw gyfeiriadau ar gyfer {postcode}. Gwiriwch y cod post neu rhowch y cyfeiriad â llaw',
    outsideGb: 'Ni allwn chwilio am gyfeiriadau yn Jersey, Guernsey, Ynys Manaw na BFPO. Rhowch y cyfeiriad isod.',
    errorLookupFailed:
      'Mae’n ddrwg gennym, nid yw chwilio am gyfeiriadau’n gweithio ar hyn o bryd. Rhowch gynnig arall arni yn nes ymlaen neu rhowch y cyfeiriad â llaw',
    // Zero, few and many take the `other` form ("{count} eiliad": the noun stays singular after a numeral).
    errorRateLimited: {
      one: 'Bu gormod o chwiliadau. Arhoswch eiliad a rhowch gynnig arall arni, neu rhowch y cyfeiriad â llaw',
      two: 'Bu gormod o chwiliadau. Arhoswch ddwy eiliad a rhowch gynnig arall arni, neu rhowch y cyfeiriad â llaw',
      other:
        'Bu gormod o chwiliadau. Arhoswch {count} eiliad a rhowch gynnig arall arni, neu rhowch y cyfeiriad â llaw',
    },
    errorSelect: 'Dewiswch gyfeiriad',
    errorRequired: 'Rhowch god post a dewiswch gyfeiriad, neu rhowch y cyfeiriad â llaw',
    selectedAnnouncement: 'Cyfeiriad wedi’i ddewis: {address}',
  },
};

/** The component's strings and the core ones it uses ("Error:", "Try again"). */
export const addressLookupStrings = withCoreStrings<AddressLookupStringKey, CoreStringKey>(coreStrings, ownStrings);
export type AddressLookupMessageKey = AddressLookupStringKey | CoreStringKey;
