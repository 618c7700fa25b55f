import { FOR_REVIEW, type WelshSources } from '../i18n/welsh-sources.js';
import type { AddressSearchStringKey } from './address-search.strings.js';

const NFDIV = 'hmcts/nfdiv-frontend@69debe97 src/main/steps/applicant1/enter-your-address/content.ts';
const HMRC_ALF = 'hmrc/address-lookup-frontend@682dd363 conf/messages.cy';

/**
 * Where each Welsh string of the address search comes from (every component that finds an address shows them),
 * for a council's translator: the docs site's Welsh strings page. Compared in December 2026 with the Welsh that
 * government services publish in their source.
 */
export const addressSearchWelshSources: WelshSources<AddressSearchStringKey> = {
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
  errorSelect: {
    service: 'HMRC address lookup',
    where: `${HMRC_ALF} (constants.errorRequired)`,
    words: 'Dewiswch gyfeiriad',
    match: 'same',
  },
};
