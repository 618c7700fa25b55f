import { withCoreStrings, type Catalogue } from '@council-components/core/i18n/catalogue.js';
import { coreStrings, type CoreStringKey } from '@council-components/core/i18n/core-strings.js';
import {
  addressSearchStrings,
  type AddressSearchStringKey,
} from '@council-components/core/search/address-search.strings.js';

export type AddressLookupStringKey =
  | 'legend'
  | 'enterManually'
  | 'cantFind'
  | 'line1Label'
  | 'line2Label'
  | 'townLabel'
  | 'countyLabel'
  | 'checkAddress'
  | 'searchAgain'
  | 'errorLine1'
  | 'errorTown'
  | 'errorNotFound'
  | 'outsideGb'
  | 'errorLookupFailed'
  | 'errorRateLimited'
  | 'errorRequired'
  | 'selectedAnnouncement';

/**
 * Every string of <council-address-lookup>, in English and Welsh. Error
 * messages are the GOV.UK address pattern's own wherever it has one.
 */
const ownStrings: Catalogue<AddressLookupStringKey> = {
  en: {
    legend: 'Address',
    enterManually: 'Enter the address manually',
    cantFind: 'I can’t find the address in the list',
    line1Label: 'Address line 1',
    line2Label: 'Address line 2 (optional)',
    townLabel: 'Town or city',
    countyLabel: 'County (optional)',
    checkAddress: 'Check the address and change it if you need to.',
    searchAgain: 'Search for a different address',
    errorLine1: 'Enter address line 1, typically the building and street',
    errorTown: 'Enter town or city',
    errorNotFound: 'We could not find any addresses for {postcode}. Check the postcode or enter the address manually',
    outsideGb: 'We cannot look up addresses in Jersey, Guernsey, the Isle of Man or BFPO. Enter the address below.',
    errorLookupFailed:
      'Sorry, finding addresses is not working at the moment. Try again later or enter the address manually',
    errorRateLimited: {
      one: 'There have been too many searches. Wait {count} second and try again, or enter the address manually',
      other: 'There have been too many searches. Wait {count} seconds and try again, or enter the address manually',
    },
    errorRequired: 'Enter a postcode and select an address, or enter the address manually',
    selectedAnnouncement: 'Address selected: {address}',
  },
  cy: {
    legend: 'Cyfeiriad',
    enterManually: 'Rhowch y cyfeiriad â llaw',
    cantFind: 'Ni allaf ddod o hyd i’r cyfeiriad yn y rhestr',
    line1Label: 'Llinell 1 y cyfeiriad',
    line2Label: 'Llinell 2 y cyfeiriad (dewisol)',
    townLabel: 'Tref neu ddinas',
    countyLabel: 'Sir (dewisol)',
    checkAddress: 'Gwiriwch y cyfeiriad a’i newid os oes angen.',
    searchAgain: 'Chwilio am gyfeiriad gwahanol',
    errorLine1: 'Rhowch linell 1 y cyfeiriad, fel arfer yr adeilad a’r stryd',
    errorTown: 'Rhowch dref neu ddinas',
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
    errorRequired: 'Rhowch god post a dewiswch gyfeiriad, neu rhowch y cyfeiriad â llaw',
    selectedAnnouncement: 'Cyfeiriad wedi’i ddewis: {address}',
  },
};

/** The component's strings, the address search's, and the core ones it uses ("Error:", "Try again"). */
export const addressLookupStrings = withCoreStrings<AddressLookupStringKey, CoreStringKey | AddressSearchStringKey>(
  withCoreStrings(coreStrings, addressSearchStrings),
  ownStrings,
);
export type AddressLookupMessageKey = AddressLookupStringKey | AddressSearchStringKey | CoreStringKey;
