import { withCoreStrings, type Catalogue } from '@council-components/core/i18n/catalogue.js';
import { coreStrings, type CoreStringKey } from '@council-components/core/i18n/core-strings.js';
import {
  addressSearchStrings,
  type AddressSearchStringKey,
} from '@council-components/core/search/address-search.strings.js';

export type BinCollectionsStringKey =
  | 'heading'
  | 'headingFor'
  | 'errorNotFound'
  | 'errorLookupFailed'
  | 'errorRateLimited'
  | 'cantFind'
  | 'loading'
  | 'notYourAddress'
  | 'changeAddressHidden'
  | 'movedFrom'
  | 'noCollections'
  | 'unavailable'
  | 'partial'
  | 'outsideArea'
  | 'findCouncil'
  | 'notAProperty'
  | 'searchAgain'
  | 'calendarHeading'
  | 'calendarDownload'
  | 'calendarSubscribe'
  | 'reportMissed'
  | 'contactCouncil';

/**
 * Every string of <council-bin-collections>, in English and Welsh: the type forbids one without the other. The
 * address search's own are the kit's; the ways forward here are a resident's with no form to fill in instead.
 */
const ownStrings: Catalogue<BinCollectionsStringKey> = {
  en: {
    heading: 'Find your bin collection days',
    headingFor: 'Bin collections for {address}',
    errorNotFound: 'We could not find any addresses for {postcode}. Check the postcode and try again',
    errorLookupFailed: 'Sorry, finding addresses is not working at the moment. Try again later',
    errorRateLimited: {
      one: 'There have been too many searches. Wait {count} second and try again',
      other: 'There have been too many searches. Wait {count} seconds and try again',
    },
    cantFind: 'I can’t find the address in the list',
    loading: 'Finding your collection days…',
    notYourAddress: 'Not your address?',
    changeAddressHidden: 'address',
    movedFrom: 'Moved from {date}',
    noCollections: 'We do not have any collection dates for this address.',
    unavailable: 'Sorry, collection dates are not available at the moment. Try again later.',
    partial: 'Some collection dates for this address are missing. Check again later.',
    outsideArea: 'We do not collect bins at this address. It is looked after by another council.',
    findCouncil: 'Find the council for this address on GOV.UK',
    notAProperty:
      'We do not collect bins from this address. It may be a street, land or a building divided into flats: search again and choose your own home.',
    searchAgain: 'Search for a different address',
    calendarHeading: 'Add to your calendar',
    calendarDownload: 'Download the collection dates (.ics file)',
    calendarSubscribe: 'Subscribe to the collection dates in your calendar app',
    reportMissed: 'Report a missed collection',
    contactCouncil: 'Contact the council',
  },
  cy: {
    heading: 'Dod o hyd i’ch diwrnodau casglu biniau',
    headingFor: 'Casgliadau biniau ar gyfer {address}',
    errorNotFound:
      'Ni allem ddod o hyd i unrhyw gyfeiriadau ar gyfer {postcode}. Gwiriwch y cod post a rhowch gynnig arall arni',
    errorLookupFailed:
      'Mae’n ddrwg gennym, nid yw chwilio am gyfeiriadau’n gweithio ar hyn o bryd. Rhowch gynnig arall arni yn nes ymlaen',
    errorRateLimited: {
      one: 'Bu gormod o chwiliadau. Arhoswch eiliad a rhowch gynnig arall arni',
      two: 'Bu gormod o chwiliadau. Arhoswch ddwy eiliad a rhowch gynnig arall arni',
      other: 'Bu gormod o chwiliadau. Arhoswch {count} eiliad a rhowch gynnig arall arni',
    },
    cantFind: 'Ni allaf ddod o hyd i’r cyfeiriad yn y rhestr',
    loading: 'Yn chwilio am eich diwrnodau casglu…',
    notYourAddress: 'Nid eich cyfeiriad chi?',
    changeAddressHidden: 'cyfeiriad',
    movedFrom: 'Wedi symud o {date}',
    noCollections: 'Nid oes gennym unrhyw ddyddiadau casglu ar gyfer y cyfeiriad hwn.',
    unavailable:
      'Mae’n ddrwg gennym, nid yw’r dyddiadau casglu ar gael ar hyn o bryd. Rhowch gynnig arall arni yn nes ymlaen.',
    partial: 'Mae rhai dyddiadau casglu ar goll ar gyfer y cyfeiriad hwn. Gwiriwch eto yn nes ymlaen.',
    outsideArea: 'Nid ydym yn casglu biniau yn y cyfeiriad hwn. Cyngor arall sy’n gyfrifol amdano.',
    findCouncil: 'Dod o hyd i’r cyngor ar gyfer y cyfeiriad hwn ar GOV.UK',
    notAProperty:
      'Nid ydym yn casglu biniau o’r cyfeiriad hwn. Gall fod yn stryd, yn dir neu’n adeilad wedi’i rannu’n fflatiau: chwiliwch eto a dewiswch eich cartref eich hun.',
    searchAgain: 'Chwilio am gyfeiriad gwahanol',
    calendarHeading: 'Ychwanegu at eich calendr',
    calendarDownload: 'Lawrlwytho’r dyddiadau casglu (ffeil .ics)',
    calendarSubscribe: 'Tanysgrifio i’r dyddiadau casglu yn eich ap calendr',
    reportMissed: 'Rhoi gwybod am gasgliad a fethwyd',
    contactCouncil: 'Cysylltu â’r cyngor',
  },
};

/** The component's strings, the address search's, and the core ones it uses ("Error:", "Try again"). */
export const binCollectionsStrings = withCoreStrings<BinCollectionsStringKey, CoreStringKey | AddressSearchStringKey>(
  withCoreStrings(coreStrings, addressSearchStrings),
  ownStrings,
);
export type BinCollectionsMessageKey = BinCollectionsStringKey | AddressSearchStringKey | CoreStringKey;
