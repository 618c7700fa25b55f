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
  postcodeLabel: {
    service: 'GOV.UK Forms',
    where: 'alphagov/forms-runner@40b70b4f config/locales/cy.yml (question/address.label.uk_address.postcode)',
    words: 'Cod post',
    match: 'same',
    note: 'GOV.UK Pay and HMRC’s address lookup write the same.',
  },
  postcodeHint: { service: null, note: FOR_REVIEW },
  findAddress: {
    service: 'HMCTS divorce service',
    where: NFDIV,
    words: 'Dod o hyd i gyfeiriad',
    match: 'same',
    note: 'HMRC’s address lookup writes the same.',
  },
  enterManually: {
    service: 'HMRC business rates records',
    where:
      'hmrc/tenure-cost-and-trade-records-frontend@b7ff940c app/connectors/addressLookup/AddressLookupConnector.scala',
    words: 'Rhowch y cyfeiriad â llaw',
    match: 'same',
    note: 'HMRC’s address lookup writes “Nodwch y cyfeiriad â llaw”.',
  },
  searching: {
    service: null,
    note: `${FOR_REVIEW} GOV.UK Pay words its waits the same way: “Yn gwirio manylion y cerdyn”.`,
  },
  found: {
    service: 'HMCTS divorce service',
    where: NFDIV,
    words: 'Wedi canfod {n} cyfeiriad / gyfeiriad',
    match: 'close',
    note:
      'HMCTS has two forms and no postcode. Our count forms follow Welsh grammar: “o” and the plural for most ' +
      'counts, as ONS (“{n} o gyfeiriadau”) and GOV.UK Forms (“Mae 23 o ganlyniadau”) do.',
  },
  change: {
    service: 'GOV.UK Forms',
    where: 'alphagov/forms-runner@40b70b4f config/locales/cy.yml (govuk_components.govuk_summary_list.change)',
    words: 'Newid',
    match: 'same',
  },
  changeHidden: {
    service: 'GOV.UK One Login (address)',
    where: 'govuk-one-login/ipv-cri-address-front@782fe857 src/locales/cy/default.yml (links.changePostcode)',
    words: 'eich cod post presennol',
    match: 'close',
    note: 'One Login says “your current postcode”; ours is the postcode just searched for.',
  },
  selectLabel: { service: 'HMCTS divorce service', where: NFDIV, words: 'Dewiswch gyfeiriad', match: 'same' },
  selectPlaceholder: {
    service: 'HMCTS divorce service',
    where: NFDIV,
    words: 'Wedi canfod {n} cyfeiriad / gyfeiriad',
    match: 'close',
    note: 'As for the count of addresses found, without the postcode.',
  },
  useAddress: {
    service: 'Defra forms',
    where: 'DEFRA/forms-engine-plugin@a030548d src/server/plugins/engine/i18n/translations/cy.json',
    words: "Defnyddio'r cyfeiriad hwn",
    match: 'same',
    note: 'HMRC writes “Defnyddiwch y cyfeiriad hwn”.',
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
  errorPostcodeEmpty: {
    service: 'HMCTS divorce service',
    where:
      'hmcts/nfdiv-frontend@69debe97 src/main/steps/applicant1/interim-applications/search-gov-records/partner-address/content.ts',
    words: 'Rhowch god post',
    match: 'same',
  },
  errorPostcodeInvalid: {
    service: 'HMRC business rates records',
    where: 'hmrc/tenure-cost-and-trade-records-frontend@b7ff940c conf/messages.cy',
    words: 'Nodwch god post llawn yn y DU, megis AB12 3CD',
    match: 'close',
    note: '“Nodwch” for “Enter”, and an example. GOV.UK Forms words the same English “Rhowch god post gwirioneddol”.',
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
  errorSelect: {
    service: 'HMRC address lookup',
    where: `${HMRC_ALF} (constants.errorRequired)`,
    words: 'Dewiswch gyfeiriad',
    match: 'same',
  },
  errorRequired: {
    service: null,
    note: `${FOR_REVIEW} ONS writes “Rhowch y cyfeiriad neu'r cod post a dewiswch o'r canlyniadau”.`,
  },
  selectedAnnouncement: {
    service: null,
    note: `${FOR_REVIEW} Defra writes “Cyfeiriad a ddewiswyd:” (Selected address:).`,
  },
};
