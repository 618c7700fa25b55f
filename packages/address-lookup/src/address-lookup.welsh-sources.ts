import { FOR_REVIEW, type WelshSources } from '@council-components/core/i18n/welsh-sources.js';
import type { AddressLookupStringKey } from './address-lookup.strings.js';

const NFDIV = 'hmcts/nfdiv-frontend@69debe97 src/main/steps/applicant1/enter-your-address/content.ts';
const HMRC_ALF = 'hmrc/address-lookup-frontend@682dd363 conf/messages.cy';
const LINE_LABELS =
  'GOV.UK Pay, GOV.UK Forms, HMRC and Defra write “Llinell cyfeiriad 1”; we follow HMCTS, and use the same words in the error message.';

/**
 * Where each Welsh string of <council-address-lookup> comes from, for a
 * council's translator (the docs site's Welsh strings page). Compared in
 * December 2026 with the Welsh that government services publish in their
 * source. HMCTS's divorce service is the nearest: the same address finder.
 */
export const addressLookupWelshSources: WelshSources<AddressLookupStringKey> = {
  legend: {
    service: 'HMCTS adoption service',
    where: 'hmcts/adoption-web@12ed73e3 src/main/steps/la-portal/check-your-answers/content.ts',
    words: 'Cyfeiriad',
    match: 'same',
  },
  enterManually: {
    service: 'HMRC business rates records',
    where:
      'hmrc/tenure-cost-and-trade-records-frontend@b7ff940c app/connectors/addressLookup/AddressLookupConnector.scala',
    words: 'Rhowch y cyfeiriad â llaw',
    match: 'same',
    note: 'HMRC’s address lookup writes “Nodwch y cyfeiriad â llaw”.',
  },
  cantFind: {
    service: 'HMCTS child arrangements service',
    where: 'hmcts/prl-citizen-frontend@2d70390d src/main/steps/common/components/address-select.ts',
    words: 'Ni allaf ddod o hyd i’r cyfeiriad yn y rhestr',
    match: 'same',
  },
  line1Label: {
    service: 'HMCTS divorce service',
    where: NFDIV,
    words: 'Llinell 1 y cyfeiriad',
    match: 'same',
    note: LINE_LABELS,
  },
  line2Label: {
    service: 'HMCTS divorce service',
    where: NFDIV,
    words: 'Llinell 2 y cyfeiriad (dewisol)',
    match: 'same',
    note: LINE_LABELS,
  },
  townLabel: {
    service: 'HMCTS divorce service',
    where: NFDIV,
    words: 'Tref neu ddinas',
    match: 'same',
    note: 'GOV.UK Pay writes the same.',
  },
  countyLabel: {
    service: 'HMCTS divorce service',
    where: NFDIV,
    words: 'Sir (dewisol)',
    match: 'same',
    note: 'GOV.UK Forms writes the same.',
  },
  checkAddress: { service: null, note: FOR_REVIEW },
  searchAgain: {
    service: 'ONS questionnaires',
    where: 'ONSdigital/eq-questionnaire-runner@771844c3 app/translations/cy/LC_MESSAGES/messages.po',
    words: 'Chwilio am gyfeiriad',
    match: 'close',
    note: 'ONS searches for an address; ours adds “gwahanol” (a different one).',
  },
  errorLine1: {
    service: 'GOV.UK Pay',
    where: 'alphagov/pay-frontend@0f14c7ee locales/cy.json (fieldErrors.fields.addressLine1.message)',
    words: "Rhowch linell cyfeiriad 1, fel arfer yr adeilad a'r stryd",
    match: 'close',
    note: `The same English. ${LINE_LABELS}`,
  },
  errorTown: {
    service: 'HMRC address lookup',
    where: `${HMRC_ALF} (editPage.town.error)`,
    words: 'Nodwch dref neu ddinas',
    match: 'close',
    note: 'HMRC and Defra write “Nodwch” for “Enter”; GOV.UK Pay, GOV.UK Forms, One Login and HMCTS write “Rhowch”, as we do.',
  },
  errorNotFound: {
    service: 'HMRC address lookup',
    where: `${HMRC_ALF} (constants.noResultsPageHeading)`,
    words: 'Ni allwn ddod o hyd i unrhyw gyfeiriadau ar gyfer',
    match: 'close',
    note: 'HMRC says “we cannot find” (allwn); ours, “we could not find” (allem), as HMRC’s “Ni allem ddod o hyd i …”.',
  },
  outsideGb: {
    service: null,
    note: `${FOR_REVIEW} The place names are HMRC’s (hmrc/address-lookup-frontend conf/wco-countries.csv): Jersey, Guernsey, Ynys Manaw.`,
  },
  errorLookupFailed: {
    service: null,
    note: `${FOR_REVIEW} “Mae’n ddrwg gennym” and “Rhowch gynnig arall arni yn nes ymlaen” are GOV.UK Forms’.`,
  },
  errorRateLimited: { service: null, note: FOR_REVIEW },
  errorRequired: {
    service: null,
    note: `${FOR_REVIEW} ONS writes “Rhowch y cyfeiriad neu'r cod post a dewiswch o'r canlyniadau”.`,
  },
  selectedAnnouncement: {
    service: null,
    note: `${FOR_REVIEW} Defra writes “Cyfeiriad a ddewiswyd:” (Selected address:).`,
  },
};
