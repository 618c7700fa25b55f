import { FOR_REVIEW, type WelshSources } from '@council-components/core/i18n/welsh-sources.js';
import type { BinCollectionsStringKey } from './bin-collections.strings.js';

const HMRC_ALF = 'hmrc/address-lookup-frontend@682dd363 conf/messages.cy';

/**
 * Where each Welsh string of <council-bin-collections> comes from, for a council's translator (the docs site's
 * Welsh strings page): a government service that publishes the same Welsh for the same English, or ours, for
 * review. The address search's strings are the kit's, with their own sources. Compared in December 2026; no
 * government service publishes bin collection Welsh in its source, so most are ours.
 */
export const binCollectionsWelshSources: WelshSources<BinCollectionsStringKey> = {
  heading: { service: null, note: FOR_REVIEW },
  headingFor: { service: null, note: FOR_REVIEW },
  errorNotFound: {
    service: 'HMRC address lookup',
    where: `${HMRC_ALF} (constants.noResultsPageHeading)`,
    words: 'Ni allwn ddod o hyd i unrhyw gyfeiriadau ar gyfer',
    match: 'close',
    note: 'As the address lookup’s, with “check the postcode and try again” as its way forward.',
  },
  errorLookupFailed: {
    service: null,
    note: `${FOR_REVIEW} “Mae’n ddrwg gennym” and “Rhowch gynnig arall arni yn nes ymlaen” are GOV.UK Forms’.`,
  },
  errorRateLimited: { service: null, note: FOR_REVIEW },
  cantFind: {
    service: 'HMCTS child arrangements service',
    where: 'hmcts/prl-citizen-frontend@2d70390d src/main/steps/common/components/address-select.ts',
    words: 'Ni allaf ddod o hyd i’r cyfeiriad yn y rhestr',
    match: 'same',
  },
  loading: { service: null, note: FOR_REVIEW },
  notYourAddress: { service: null, note: FOR_REVIEW },
  changeAddressHidden: { service: null, note: `${FOR_REVIEW} “Cyfeiriad” is HMCTS’s word for address.` },
  movedFrom: {
    service: null,
    note: `${FOR_REVIEW} “o” softens the day that follows: “Wedi symud o ddydd Llun 28 Rhagfyr”.`,
  },
  noCollections: { service: null, note: FOR_REVIEW },
  unavailable: {
    service: null,
    note: `${FOR_REVIEW} “Mae’n ddrwg gennym” and “Rhowch gynnig arall arni yn nes ymlaen” are GOV.UK Forms’.`,
  },
  partial: { service: null, note: FOR_REVIEW },
  outsideArea: { service: null, note: FOR_REVIEW },
  findCouncil: { service: null, note: FOR_REVIEW },
  notAProperty: { service: null, note: FOR_REVIEW },
  searchAgain: {
    service: 'ONS questionnaires',
    where: 'ONSdigital/eq-questionnaire-runner@771844c3 app/translations/cy/LC_MESSAGES/messages.po',
    words: 'Chwilio am gyfeiriad',
    match: 'close',
    note: 'ONS searches for an address; ours adds “gwahanol” (a different one), as the address lookup does.',
  },
  calendarHeading: { service: null, note: FOR_REVIEW },
  calendarDownload: { service: null, note: FOR_REVIEW },
  calendarSubscribe: { service: null, note: FOR_REVIEW },
  reportMissed: { service: null, note: FOR_REVIEW },
  contactCouncil: { service: null, note: FOR_REVIEW },
};
