import { FOR_REVIEW, type WelshSources } from '@council-components/core/i18n/welsh-sources.js';
import type { BookingStringKey } from './booking.strings.js';

const GOVUK_FORMS = 'alphagov/forms-runner@40b70b4f config/locales/cy.yml';
const GOVUK_FRONTEND =
  'alphagov/govuk-frontend@4a1ae890 packages/govuk-frontend-review/src/views/examples/translated/index.njk';
const ONE_LOGIN = 'govuk-one-login/authentication-frontend@7e87f667 src/locales/cy/translation.json';
const HMCTS_CIVIL = 'hmcts/civil-citizen-ui@e217bedb0f src/main/modules/i18n/locales/cy.json';
const OPG_LPA = 'ministryofjustice/opg-modernising-lpa@15df6582a lang/cy.json';
const DEFRA_FORMS = 'DEFRA/forms-engine-plugin@a030548d src/server/plugins/engine/i18n/translations/cy.json';
const HMRC_DIRECT_DEBITS = 'hmrc/ndds-frontend@b28110a0 conf/messages.cy';
const PENSION_WISE = 'guidance-guarantee-programme/pension_guidance@adebe614 config/locales/cy.yml';
const MONEY_ADVISER = 'moneyadviceservice/maps-apps@92c5a0d apps/money-adviser-network';
const MONEY_ADVISER_SLOTS = `${MONEY_ADVISER}/data/questions/telephone-questions.tsx`;
const WAITING = 'GOV.UK Pay words its waits the same way: “Yn gwirio manylion y cerdyn” (Checking card details).';

/**
 * Where each Welsh string of <council-booking> comes from, for a council's translator (the docs site's Welsh
 * strings page): a government service that publishes the same Welsh for the same English, or ours, for review.
 * Compared in December 2026 with the Welsh that government services publish in their source. No government
 * service's source that we found books appointments online in Welsh: Pension Wise's Welsh booking form is a
 * request to be called back, and MoneyHelper's Money Adviser Network, the nearest, books a call in a time slot.
 * The labels, answers and errors are GOV.UK Forms', GOV.UK One Login's, HMCTS's and HMRC's.
 */
export const bookingWelshSources: WelshSources<BookingStringKey> = {
  heading: {
    service: 'Pension Wise',
    where: `${PENSION_WISE} (home.show.how.book_appointment_button)`,
    words: 'Trefnu apwyntiad am ddim',
    match: 'close',
    note:
      'Pension Wise’s “Book a free appointment”; ours without “am ddim” (free). Its Welsh booking form writes ' +
      '“archebu apwyntiad” (app/views/welsh_language/booking_requests/new.html.erb); MoneyHelper writes “Trefnu galwad” ' +
      'for “Schedule a call”.',
  },
  loading: { service: null, note: `${FOR_REVIEW} ${WAITING}` },
  unavailable: {
    service: null,
    note:
      `${FOR_REVIEW} “Mae’n ddrwg gennym,” and “ar hyn o bryd” (at the moment) are HMCTS’s, as in its court and ` +
      'tribunal hearings lists (hmcts/pip-frontend src/main/resources/locales/cy/summary-of-publications.json).',
  },
  noDates: {
    service: null,
    note:
      `${FOR_REVIEW} MoneyHelper writes “nid oes unrhyw slotiau amser eraill ar gael” for “there are no other time ` +
      `slots available” (${MONEY_ADVISER}/pages/[language]/[flow]/call-could-not-be-scheduled.tsx).`,
  },
  contactUs: {
    service: 'GOV.UK One Login',
    where: `${ONE_LOGIN} (pages.contactUsPublic.title)`,
    words: 'Cysylltu â ni',
    match: 'same',
    note: 'GOV.UK (alphagov/frontend config/locales/cy.yml, worldwide_organisation.headings.contact_us) and ONS write the same.',
  },
  serviceLegend: {
    service: 'HMCTS court and tribunal hearings',
    where: 'hmcts/pip-frontend@e0ebaa16 src/main/resources/locales/cy/view-option.json (radioLegend)',
    words: 'Beth ydych chi eisiau ei wneud?',
    match: 'close',
    note:
      'HMCTS’s “What do you want to do?”; ours asks what to book (“ei drefnu”) with the same “eisiau ei …”. ' +
      `HMCTS money claims write the same (${HMCTS_CIVIL}, PAGES.QM.WHAT_DO_YOU_WANT_TODO_TITLE).`,
  },
  errorService: {
    service: 'GOV.UK One Login',
    where: `${ONE_LOGIN} (pages.cannotSignInPasskey.radios.validationError)`,
    words: 'Dewiswch beth hoffech ei wneud',
    match: 'close',
    note: 'One Login’s “Select what you would like to do”; ours is what you want to book, in the words of our question.',
  },
  dateLegend: {
    service: 'HMCTS money claims',
    where: `${HMCTS_CIVIL} (PAGES.GENERAL_APPLICATION.UNAVAILABLE_HEARING_DATES.SELECT)`,
    words: 'Dewiswch ddyddiad neu ddyddiadau pan na allwch fynychu gwrandawiad',
    match: 'close',
    note: 'HMCTS’s “Select a date or dates you cannot attend a hearing” begins with ours.',
  },
  dateHint: {
    service: 'GOV.UK Frontend',
    where: `${GOVUK_FRONTEND} (date input hint)`,
    words: 'Er enghraifft, 27 3 2007',
    match: 'close',
    note: 'The same “Er enghraifft,” before a date; ours gives a date that can be booked. HMCTS, Defra and OPG write the same.',
  },
  anotherDate: {
    service: 'HMCTS money claims',
    where: `${HMCTS_CIVIL} (PAGES.GENERAL_APPLICATION.UNAVAILABLE_HEARING_DATES.GA_ADD_ANOTHER_DATE)`,
    words: 'Ychwanegu dyddiad arall neu ystod o ddyddiadau eraill',
    match: 'close',
    note: 'HMCTS’s “Add another date or date range”: the same “dyddiad arall”.',
  },
  or: {
    service: 'GOV.UK Forms',
    where: `${GOVUK_FORMS} (question/selection.divider)`,
    words: 'neu',
    match: 'same',
    note: 'The divider between radios. GOV.UK Pay, HMRC and HMCTS write the same.',
  },
  day: {
    service: 'GOV.UK Forms',
    where: `${GOVUK_FORMS} (date_segment_names.day)`,
    words: 'Diwrnod',
    match: 'same',
    note: 'Defra, HMRC, HMCTS and ONS write the same; GOV.UK Frontend’s translated example writes “Dydd”.',
  },
  month: {
    service: 'GOV.UK Forms',
    where: `${GOVUK_FORMS} (date_segment_names.month)`,
    words: 'Mis',
    match: 'same',
  },
  year: {
    service: 'GOV.UK Forms',
    where: `${GOVUK_FORMS} (date_segment_names.year)`,
    words: 'Blwyddyn',
    match: 'same',
  },
  openCalendar: {
    service: null,
    note: `${FOR_REVIEW} No government date picker with Welsh was found; “calendr” is GOV.UK’s (“at eich calendr”).`,
  },
  previousMonth: {
    service: null,
    note: `${FOR_REVIEW} GOV.UK Frontend’s translated pagination writes “Blaenorol” (Previous) and “Nesaf” (Next).`,
  },
  nextMonth: {
    service: null,
    note: `${FOR_REVIEW} HMCTS money claims write “y 3 mis nesaf” for “the next 3 months”; GOV.UK Frontend, “Nesaf”.`,
  },
  closeCalendar: {
    service: null,
    note: `${FOR_REVIEW} MoneyHelper writes “Cau” (close) (moneyadviceservice/maps-apps apps/pensions-dashboard/public/locales/cy.json).`,
  },
  errorDateSelect: {
    service: 'MoneyHelper',
    where: 'moneyadviceservice/maps-apps@92c5a0d apps/baby-cost-calculator/data/content.tsx (requiredPageMessage)',
    words: 'Dewiswch ddyddiad i barhau.',
    match: 'close',
    note: 'MoneyHelper’s “Please select a date to continue.”; ours without “to continue”. HMCTS money claims begin the same.',
  },
  errorDateEmpty: {
    service: 'GOV.UK Forms',
    where: `${GOVUK_FORMS} (activemodel.errors.models.question/date.attributes.date.blank)`,
    words: 'Rhowch ddyddiad',
    match: 'same',
    note: 'The same English. ONS writes the same.',
  },
  errorDateIncomplete: {
    service: 'HMRC Direct Debit service',
    where: `${HMRC_DIRECT_DEBITS} (planEndDate.error.incomplete)`,
    words: 'Mae’n rhaid i ddyddiad dod i ben y cynllun talu gynnwys diwrnod, mis a blwyddyn',
    match: 'close',
    note:
      'HMRC’s “Payment plan end date must include a day, month and year”; ours names the date alone and writes ' +
      '“Rhaid”, as HMCTS’s adoption service does (“Rhaid i’r dyddiad geni gynnwys diwrnod a mis”). HMRC’s customs ' +
      'exports write “Mae’n rhaid i’r dyddiad gynnwys diwrnod” for “The date must include a day”.',
  },
  errorDateReal: {
    service: 'Defra forms',
    where: `${DEFRA_FORMS} (components.dateField.validation.dateFormat)`,
    words: 'Rhaid i {{#title}} fod yn ddyddiad go iawn',
    match: 'close',
    note:
      'Defra puts the question where ours says “the date”. HMRC writes “Mae’n rhaid i’r dyddiad talu fod yn ddyddiad ' +
      'go iawn”; HMCTS’s adoption service writes “Rhaid i’r dyddiad fod yn ddyddiad dilys” (valid) for our English.',
  },
  errorDatePast: {
    service: 'HMCTS money claims',
    where: `${HMCTS_CIVIL} (ERRORS.CARM_ENTER_UNAVAILABILITY_DATE_IN_FUTURE)`,
    words: "Rhaid i'r dyddiad nad ydych ar gael fod heddiw neu yn y dyfodol",
    match: 'close',
    note: 'HMCTS’s “Date you are unavailable must be today or in the future”; ours names the date alone.',
  },
  errorDateBetween: {
    service: 'HMRC Direct Debit service',
    where: `${HMRC_DIRECT_DEBITS} (suspensionPeriodRangeDate.error.endDate)`,
    words: 'Mae’n rhaid i ddyddiad diwedd y cyfnod gohirio fod rhwng {0} a {1}',
    match: 'close',
    note:
      'HMRC’s “Suspension period end date must be between {0} and {1}”; ours names the date alone and writes “Rhaid”. ' +
      'HMRC’s customs exports write “Mae’n rhaid i’r dyddiad dilysrwydd fod rhwng 1 Ionawr 2000 a 31 Rhagfyr 2099”.',
  },
  errorDateFull: {
    service: null,
    note: `${FOR_REVIEW} MoneyHelper writes “Dewiswch slot amser gwahanol isod” for “Please select a different time slot below”.`,
  },
  timeLegend: {
    service: null,
    note:
      `${FOR_REVIEW} Pension Wise’s booking asks the same “Choose a time on {date}”, in English only ` +
      '(guidance-guarantee-programme/pension_guidance app/views/booking_requests/_times.html.erb).',
  },
  morning: {
    service: 'MoneyHelper Money Adviser Network',
    where: `${MONEY_ADVISER_SLOTS} (“Schedule a call for later”, subtext)`,
    words: 'Bore',
    match: 'same',
    note:
      'Its names for the slots, in “mae slotiau ar gael yn y Bore (9am i 12pm) neu yn y Prynhawn (1pm i 4pm)” for ' +
      '“slots available … in the Morning (9am to 12pm) or Afternoon (1pm to 4pm)”.',
  },
  afternoon: {
    service: 'MoneyHelper Money Adviser Network',
    where: `${MONEY_ADVISER_SLOTS} (“Schedule a call for later”, subtext)`,
    words: 'Prynhawn',
    match: 'same',
    note: 'As “Bore”: its name for the afternoon slots.',
  },
  placesLeft: {
    service: null,
    note:
      `${FOR_REVIEW} “lle” (place) stays singular after a numeral and softens after “dau”: “2 le ar ôl”. GOV.UK ` +
      'Frontend’s translated character count writes “Mae gennych 0 nod ar ôl” for “You have 0 characters remaining”.',
  },
  errorTime: {
    service: 'MoneyHelper Money Adviser Network',
    where: `${MONEY_ADVISER}/data/errors.ts (preferred time slot)`,
    words: "Dewiswch slot amser a fyddai'n well gan y cwsmer",
    match: 'close',
    note: 'MoneyHelper’s “Please select the customer’s preferred time slot”: the same “Dewiswch … amser”.',
  },
  holding: { service: null, note: `${FOR_REVIEW} ${WAITING}` },
  slotTaken: {
    service: 'MoneyHelper Money Adviser Network',
    where: `${MONEY_ADVISER_SLOTS} (question 8, “Call could not be scheduled”)`,
    words: "Mae'r slot amser dewisoch wedi cael ei lenwi. Dewiswch slot amser gwahanol isod.",
    match: 'close',
    note:
      'MoneyHelper’s “The time slot you selected has been taken. Please select a different time slot below.”: it ' +
      'says the slot was filled (“wedi cael ei lenwi”) where ours says the time has just been taken.',
  },
  detailsHeading: {
    service: 'Office of the Public Guardian: Make and register an LPA',
    where: `${OPG_LPA} (yourDetails)`,
    words: 'Eich manylion',
    match: 'same',
    note: `HMCTS money claims write the same (${HMCTS_CIVIL}, PAGES.CITIZEN_DETAILS.PAGE_TITLE).`,
  },
  heldUntil: { service: null, note: FOR_REVIEW },
  holdEnding: {
    service: null,
    note: `${FOR_REVIEW} “Cadarnhewch” (Confirm) is MoneyHelper’s: “Cadarnhewch fod eich partner atgyfeirio yn gywir”.`,
  },
  holdLapsed: { service: null, note: FOR_REVIEW },
  nameLabel: {
    service: 'GOV.UK Forms',
    where: `${GOVUK_FORMS} (question/name.label.full_name)`,
    words: 'Enw llawn',
    match: 'same',
    note: 'The same English.',
  },
  errorName: {
    service: 'GOV.UK Design System',
    where: 'alphagov/govuk-design-system@efb0d77d src/components/error-message/custom-prefix/index.njk',
    words: 'Rhowch eich enw llawn',
    match: 'same',
    note: 'The Design System’s Welsh error message; GOV.UK Frontend’s error message example has the same.',
  },
  emailLabel: {
    service: 'GOV.UK One Login',
    where: `${ONE_LOGIN} (pages.enterEmailExistingAccount.email.label)`,
    words: 'Cyfeiriad e-bost',
    match: 'same',
  },
  errorEmail: {
    service: 'GOV.UK One Login',
    where: `${ONE_LOGIN} (pages.enterEmailCreateAccount.email.validationError.required)`,
    words: 'Rhowch eich cyfeiriad e-bost',
    match: 'same',
    note: 'The same English.',
  },
  errorEmailFormat: {
    service: 'HMCTS money claims',
    where: `${HMCTS_CIVIL} (ERRORS.ENTER_VALID_EMAIL_EVIDENCE)`,
    words: 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel name@example.com',
    match: 'close',
    note:
      'The same English; HMCTS keeps the English example. GOV.UK Forms gives ours, “enw@enghraifft.com”, but writes ' +
      `“ebost” (${GOVUK_FORMS}, activemodel.errors.models.question/email.attributes.email.invalid_email).`,
  },
  phoneLabel: {
    service: 'Office of the Public Guardian: Make and register an LPA',
    where: `${OPG_LPA} (phoneNumberOptional)`,
    words: 'Rhif ffôn (dewisol)',
    match: 'same',
    note: 'For “Phone number (optional)”. HMCTS money claims write the same.',
  },
  errorPhone: {
    service: 'HMCTS money claims',
    where: `${HMCTS_CIVIL} (ERRORS.VALID_PHONE_NUMBER_EVIDENCE)`,
    words: 'Rhowch rif ffôn, fel 01632 960 001, 07700 900 982, neu +44 808 157 0192',
    match: 'close',
    note: 'The same English; HMCTS puts a comma before “neu”.',
  },
  continue: {
    service: 'GOV.UK Forms',
    where: `${GOVUK_FORMS} (continue)`,
    words: 'Parhau',
    match: 'same',
  },
  checkHeading: {
    service: 'Defra forms',
    where: `${DEFRA_FORMS} (pages.summary.title)`,
    words: 'Gwiriwch eich atebion cyn anfon eich ffurflen',
    match: 'close',
    note:
      'Defra’s “Check your answers before sending your form”; ours, before booking (“cyn trefnu”). HMRC’s customs ' +
      'exports write “Gwiriwch eich atebion cyn ailgyflwyno”.',
  },
  rowService: {
    service: 'Pension Wise',
    where: `${PENSION_WISE} (activemodel.attributes.welsh_language/booking_request.booking_type)`,
    words: 'Apwyntiad wyneb yn wyneb neu dros y ffôn',
    match: 'close',
    note: 'A label of its Welsh booking form: a face to face or phone appointment; ours is the row’s word alone.',
  },
  rowDate: {
    service: 'GOV.UK Frontend',
    where: `${GOVUK_FRONTEND} (table, first heading)`,
    words: 'Dyddiad',
    match: 'same',
  },
  rowTime: {
    service: 'HMCTS court and tribunal hearings',
    where: 'hmcts/pip-frontend@e0ebaa16 src/main/resources/locales/cy/civil-and-family-daily-cause-list.json (time)',
    words: 'Amser',
    match: 'same',
  },
  rowName: {
    service: 'GOV.UK Frontend',
    where: `${GOVUK_FRONTEND} (summary list, first row)`,
    words: 'Enw',
    match: 'same',
  },
  rowEmail: {
    service: 'GOV.UK One Login',
    where: `${ONE_LOGIN} (pages.enterEmailExistingAccount.email.label)`,
    words: 'Cyfeiriad e-bost',
    match: 'same',
    note: 'As our label.',
  },
  rowPhone: {
    service: 'Pension Wise',
    where: `${PENSION_WISE} (activemodel.attributes.welsh_language/booking_request.phone)`,
    words: 'Rhif ffôn',
    match: 'same',
    note: 'Its Welsh booking form’s label.',
  },
  change: {
    service: 'GOV.UK Forms',
    where: `${GOVUK_FORMS} (govuk_components.govuk_summary_list.change)`,
    words: 'Newid',
    match: 'same',
    note: 'GOV.UK Frontend’s translated summary list writes the same.',
  },
  confirm: {
    service: 'GOV.UK Pay',
    where: 'alphagov/pay-frontend@0f14c7ee locales/cy.json (commonButtons.confirmButton)',
    words: 'Cadarnhau’r taliad',
    match: 'close',
    note: 'GOV.UK Pay’s “Confirm payment”; ours confirms the booking (“archeb”).',
  },
  booking: { service: null, note: `${FOR_REVIEW} ${WAITING}` },
  bookFailed: {
    service: 'MoneyHelper Money Adviser Network',
    where: `${MONEY_ADVISER}/data/pageTitles/default-page-titles.ts (callCouldNotBeScheduled)`,
    words: 'Nid oedd modd trefnu galwad',
    match: 'close',
    note:
      'MoneyHelper’s “Call could not be scheduled”; ours says “we could not” (“nid oeddem yn gallu”), as HMRC’s ' +
      '“Nid oeddem yn gallu dod o hyd i’ch cleient”. “Rhowch gynnig arall arni” is core’s.',
  },
  confirmedTitle: {
    service: null,
    note:
      `${FOR_REVIEW} The form of OPG’s “Mae eich hunaniaeth wedi’i chadarnhau” (a feminine noun, as “archeb” is) and ` +
      'of HMRC’s “Cyfeiriad e-bost wedi’i gadarnhau” (Email address confirmed).',
  },
  confirmedReference: {
    service: 'HMCTS money claims',
    where: `${HMCTS_CIVIL} (PAGES.PAY_HEARING_FEE.CONFIRMATION_PAGE.REFERENCE_NUMBER)`,
    words: 'Eich cyfeirnod',
    match: 'same',
    note:
      'The same English. Defra’s forms write the same (pages.confirmation.referenceNumber); GOV.UK Frontend’s ' +
      'translated panel writes “Eich rhif cyfeirnod”.',
  },
  confirmedWhat: {
    service: null,
    note: `${FOR_REVIEW} No words of its own: the service, date and time, punctuated as in English.`,
  },
  addToCalendar: {
    service: 'GOV.UK bank holidays',
    where: 'alphagov/frontend@cb2a016d config/locales/cy.yml (common.add_holiday_ics)',
    words: "Ychwanegu'r gwyliau banc %{for_nation} at eich calendr (ICS, 14KB)",
    match: 'close',
    note:
      'GOV.UK’s “Add bank holidays … to your calendar”; ours adds the appointment. MoneyHelper writes ' +
      '“Ychwanegwch at y calendr” for “Add to calendar”.',
  },
  changeOrCancel: {
    service: null,
    note:
      `${FOR_REVIEW} MoneyHelper writes “dyfynnwch eich rhif cyfeirnod Pension Wise” (quote your Pension Wise ` +
      'reference number); HMCTS writes “Dyfynnwch eich cyfeirnod achos”.',
  },
};
