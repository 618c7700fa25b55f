import { FOR_REVIEW, type WelshSources } from '@council-components/core/i18n/welsh-sources.js';
import type { BinCollectionsStringKey } from './bin-collections.strings.js';

const HMRC_ALF = 'hmrc/address-lookup-frontend@682dd363 conf/messages.cy';
const GOVUK = 'alphagov/frontend@cb2a016d config/locales/cy.yml';
const MONEY_CLAIMS = 'hmcts/civil-citizen-ui@e217bedb src/main/modules/i18n/locales/cy.json';
const SORRY =
  '“Mae’n ddrwg gennym,” and “ar hyn o bryd” (at the moment) are HMCTS’s, as in its court and tribunal hearings lists.';

/**
 * Where each Welsh string of <council-bin-collections> comes from, for a council's translator (the docs site's
 * Welsh strings page): a government service that publishes the same Welsh for the same English, or ours, for
 * review. The address search's strings are the kit's, with their own sources. Compared in December 2026. No
 * council's or government service's source that we found publishes bin collection Welsh (the Welsh councils'
 * collectors in UKBinCollectionData read English pages), so the bin words are ours; the ways of saying
 * "find", "download", "subscribe", "report" and "contact" are GOV.UK's, HMCTS's and GOV.UK One Login's.
 */
export const binCollectionsWelshSources: WelshSources<BinCollectionsStringKey> = {
  heading: {
    service: null,
    note:
      `${FOR_REVIEW} GOV.UK writes “Dod o hyd i'ch cyngor lleol” for “Find your local council” ` +
      '(formats.local_transaction.find_council) and “casglu sbwriel ac ailgylchu” for “rubbish and recycling collection”.',
  },
  headingFor: {
    service: null,
    note: `${FOR_REVIEW} “ar gyfer” for “for” before a name, as HMCTS’s hearings lists write “rhestrau ar gyfer COURTNAME” for “lists for COURTNAME”.`,
  },
  errorNotFound: {
    service: 'HMRC address lookup',
    where: `${HMRC_ALF} (constants.noResultsPageHeading)`,
    words: 'Ni allwn ddod o hyd i unrhyw gyfeiriadau ar gyfer',
    match: 'close',
    note: 'As the address lookup’s, with “check the postcode and try again” as its way forward.',
  },
  errorLookupFailed: {
    service: 'HMRC address lookup',
    where: `${HMRC_ALF} (constants.intServerErrorTryAgain)`,
    words: 'Rhowch gynnig arall arni yn nes ymlaen.',
    match: 'close',
    note:
      'HMRC’s “Try again later.” is our second sentence (GOV.UK Forms writes the same); the first, that finding ' +
      `addresses is not working, is ours. ${SORRY}`,
  },
  errorRateLimited: {
    service: 'HMCTS adoption service',
    where: 'hmcts/adoption-web@12ed73e3 src/main/steps/error/content.ts',
    words: 'Cafwyd gormod o geisiadau gan y cyfeiriad IP hwn, rhowch gynnig arall arni yn hwyrach ymlaen.',
    match: 'close',
    note:
      'HMCTS’s is “Too many requests from this IP address, please try again later.”; ours counts searches, not ' +
      'requests, and says how long to wait. The counts follow Welsh grammar: “eiliad”, “ddwy eiliad”, “{count} eiliad”.',
  },
  cantFind: {
    service: 'HMCTS child arrangements service',
    where: 'hmcts/prl-citizen-frontend@2d70390d src/main/steps/common/components/address-select.ts',
    words: 'Ni allaf ddod o hyd i’r cyfeiriad yn y rhestr',
    match: 'same',
  },
  loading: {
    service: null,
    note: `${FOR_REVIEW} GOV.UK Pay words its waits the same way: “Yn gwirio manylion y cerdyn”.`,
  },
  notYourAddress: { service: null, note: FOR_REVIEW },
  changeAddressHidden: {
    service: 'GOV.UK Frontend',
    where:
      'alphagov/govuk-frontend@4a1ae890 packages/govuk-frontend-review/src/views/examples/translated/index.njk ' +
      '(summary list, “Newid” for “Cyfeiriad”)',
    words: 'cyfeiriad',
    match: 'same',
    note: 'GOV.UK Frontend’s Welsh example hides the same word after “Newid”. GOV.UK One Login hides “eich cyfeiriad presennol” (your current address).',
  },
  movedFrom: {
    service: null,
    note: `${FOR_REVIEW} “o” softens the day that follows: “Wedi symud o ddydd Llun 28 Rhagfyr”.`,
  },
  noCollections: {
    service: null,
    note: `${FOR_REVIEW} GOV.UK One Login writes “Nid oes gennym unrhyw …” for “We do not have any …”.`,
  },
  unavailable: {
    service: 'HMCTS court and tribunal hearings',
    where:
      'hmcts/pip-frontend@e0ebaa16 src/main/resources/locales/cy/summary-of-publications.json (noListsWithCourtTelephoneOrEmail)',
    words: 'Mae’n ddrwg gennym, nid yw’r rhestrau ar gyfer COURTNAME ar gael ar hyn o bryd.',
    match: 'close',
    note:
      'HMCTS’s is “Sorry, lists for COURTNAME are temporarily not available.”: ours names the collection dates. ' +
      'Our second sentence is GOV.UK Forms’ (alphagov/forms-runner config/locales/cy.yml, errors.internal_server_error.body).',
  },
  partial: {
    service: null,
    note:
      `${FOR_REVIEW} “Gwiriwch” for “Check” is GOV.UK’s (“Gwiriwch a'i ysgrifennu eto”); HMRC’s address lookup writes ` +
      '“Gwiriwch eto” for “double-check”; “yn nes ymlaen” (later) is GOV.UK Forms’.',
  },
  outsideArea: { service: null, note: FOR_REVIEW },
  findCouncil: {
    service: 'GOV.UK',
    where: `${GOVUK} (formats.local_transaction.find_council)`,
    words: "Dod o hyd i'ch cyngor lleol",
    match: 'close',
    note: 'GOV.UK’s is “Find your local council”, the page we link to; ours is the council for this address, on GOV.UK.',
  },
  notAProperty: {
    service: null,
    note: `${FOR_REVIEW} HMRC’s address lookup and Defra’s forms write “Chwilio eto” for “Search again”.`,
  },
  searchAgain: {
    service: 'ONS questionnaires',
    where: 'ONSdigital/eq-questionnaire-runner@771844c3 app/translations/cy/LC_MESSAGES/messages.po',
    words: 'Chwilio am gyfeiriad',
    match: 'close',
    note: 'ONS searches for an address; ours adds “gwahanol” (a different one), as the address lookup does.',
  },
  calendarHeading: {
    service: 'GOV.UK bank holidays',
    where: `${GOVUK} (common.add_holiday_ics)`,
    words: "Ychwanegu'r gwyliau banc %{for_nation} at eich calendr (ICS, 14KB)",
    match: 'close',
    note: 'GOV.UK’s is “Add bank holidays … to your calendar”; ours is the heading, without what is added.',
  },
  calendarDownload: {
    service: 'HMCTS money claims',
    where: `${MONEY_CLAIMS} (PAGES.CLAIM_DETAILS.DOWNLOAD_CLAIM)`,
    words: "Lawrlwytho'r hawliad (PDF)",
    match: 'close',
    note:
      'HMCTS’s is “Download claim (PDF)”: ours downloads the collection dates, as an .ics file. GOV.UK’s bank holidays ' +
      'write “Llwythwch y dyddiadau hyn i lawr” for “Download these dates”.',
  },
  calendarSubscribe: {
    service: 'GOV.UK',
    where:
      'alphagov/govuk_publishing_components@c451fbe9 config/locales/cy.yml (components.subscription_links.feed_link_text)',
    words: "Tanysgrifio i'r ffrwd",
    match: 'close',
    note:
      'GOV.UK’s is “Subscribe to feed”; ours subscribes to the collection dates. GOV.UK writes “rhaglen calendr” ' +
      'for “calendar application”; ours says “ap calendr”, as our English says “app”.',
  },
  reportMissed: {
    service: 'GOV.UK One Login',
    where:
      'govuk-one-login/authentication-frontend@7e87f667 src/locales/cy/translation.json (pages.contactUsPublic.header)',
    words: 'Cyfrif GOV.UK: rhoi gwybod am broblem neu roi adborth',
    match: 'close',
    note:
      'One Login writes “rhoi gwybod am” for “report a”, as GOV.UK Forms does; HMCTS money claims write “a fethwyd” ' +
      'for “missed” (“i glirio’r taliadau a fethwyd”, to clear the missed payments). “am” softens “casgliad” to “gasgliad”.',
  },
  contactCouncil: {
    service: 'HMCTS money claims',
    where: `${MONEY_CLAIMS} (PAGES.CONTACT_THEM.PAGE_TITLE)`,
    words: 'Cysylltu â’r hawlydd',
    match: 'close',
    note:
      'HMCTS’s is “Contact claimant”: ours contacts the council. GOV.UK One Login writes “Cysylltu â thîm GOV.UK One Login” ' +
      'for “Contact the GOV.UK One Login team”.',
  },
};
