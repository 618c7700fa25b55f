import { FOR_REVIEW, type WelshSources } from '@council-components/core/i18n/welsh-sources.js';
import type { PaymentStringKey } from './payment.strings.js';

const PAY_LINKS = 'alphagov/pay-products-ui@242c56f6 locales/cy.json';
const PAY_CARD_PAGES = 'alphagov/pay-frontend@0f14c7ee locales/cy.json';
const GOVUK_FORMS = 'alphagov/forms-runner@40b70b4f config/locales/cy.yml';
const HMRC_CARD_PAYMENTS = 'hmrc/card-payment-frontend@04b0389 conf/messages.cy';
const HMCTS_CIVIL = 'hmcts/civil-citizen-ui@e217bedb0f src/main/modules/i18n/locales/cy.json';
const OPG_LPA = 'ministryofjustice/opg-modernising-lpa@15df6582a lang/cy.json';
const HMRC_AGENTS = 'hmrc/agent-client-relationships-frontend@7dc1890 conf/messages.cy';
const RHOWCH =
  'GOV.UK Pay’s payment links write “Cofnodwch” for “Enter”; its card page, GOV.UK Forms and HMCTS write “Rhowch”, as we do.';

/**
 * Where each Welsh string of <council-payment> comes from, for a council's translator (the docs site's Welsh
 * strings page). Compared in December 2026 with the Welsh that government services publish in their source.
 * GOV.UK Pay's payment links (alphagov/pay-products-ui) are the nearest: the pages a resident goes on to, which ask
 * for the same reference and amount.
 */
export const paymentWelshSources: WelshSources<PaymentStringKey> = {
  heading: {
    service: 'GOV.UK Pay',
    where: `${PAY_LINKS} (paymentLinks.start.title)`,
    words: 'Gwneud taliad',
    match: 'same',
    note: 'Its older pages write “Gwnewch daliad i” for “Make a payment to” (adhoc.title).',
  },
  amountToPay: {
    service: 'GOV.UK Pay',
    where: `${PAY_LINKS} (adhoc.currencyInput.confirmationLabel)`,
    words: 'Cyfanswm i’w dalu:',
    match: 'same',
    note: 'The same English. Its check page writes the same for “Total to pay” (paymentLinks.confirm.totalToPay).',
  },
  referenceLabel: {
    service: 'HMRC payment plan service',
    where: 'hmrc/essttp-frontend@9ebeb65a app/messages/Messages.scala (PrintSummary.Payment reference)',
    words: 'Cyfeirnod y taliad',
    match: 'same',
    note:
      'HMRC’s card payments write the same (hmrc/card-payment-frontend conf/messages.cy, ' +
      'check-your-details.PfOther.reference). GOV.UK Pay shows the label each service gives.',
  },
  amountLabel: {
    service: 'GOV.UK Pay',
    where: `${PAY_LINKS} (paymentLinks.amount.enterAmountToPay)`,
    words: "Nodwch y swm i'w dalu mewn punnoedd",
    match: 'close',
    note: 'GOV.UK Pay’s is “Enter amount to pay in pounds”; ours is a label, without “Nodwch” (Enter).',
  },
  amountHint: {
    service: 'HMCTS divorce service',
    where:
      'hmcts/nfdiv-frontend@69debe97 src/main/steps/applicant1/have-you-applied-for-help-with-fees/content.ts (refExample)',
    words: 'Er enghraifft, HWF-A1B-23C',
    match: 'close',
    note:
      'The same “Er enghraifft,” before another example; HMRC’s payment plan service writes the same. ' +
      'GOV.UK Pay writes no comma: “Er enghraifft 10/%s” (cardDetails.expiryHint).',
  },
  continue: {
    service: 'GOV.UK Pay',
    where: `${PAY_LINKS} (paymentLinks.confirm.continueToPayment)`,
    words: 'Parhau at daliad',
    match: 'same',
    note: 'GOV.UK Forms writes “Parhau i dalu” for “Continue to pay”; GOV.UK Pay’s card page has “Parhau i’r taliad”.',
  },
  redirecting: {
    service: null,
    note:
      `${FOR_REVIEW} HMCTS’s adoption service writes “Byddwch yn cael eich ailgyfeirio i’r dudalen talu” ` +
      'for “You will be taken to the payment page”.',
  },
  unavailable: {
    service: null,
    note: `${FOR_REVIEW} “Mae’n ddrwg gennym,” and “ar hyn o bryd” (at the moment) are GOV.UK Forms’.`,
  },
  contactCouncil: {
    service: null,
    note:
      `${FOR_REVIEW} GOV.UK Pay writes “Cysylltwch â’r gwasanaeth rydych chi’n ceisio gwneud taliad iddo” ` +
      'for “contact the service you are trying to make a payment to”; HMCTS writes “mewn ffordd arall” for “another way”.',
  },
  errorReferenceEmpty: {
    service: 'HMRC Direct Debit service',
    where: 'hmrc/ndds-frontend@b28110a0 conf/messages.cy (paymentReference.paye.required)',
    words: 'Nodwch eich cyfeirnod talu ar gyfer TWE',
    match: 'close',
    note:
      'HMRC’s is “Enter your PAYE payment reference”: “Nodwch” and “cyfeirnod talu”; ours uses “Rhowch” and the ' +
      'words of our label. GOV.UK Pay writes “Mae’n rhaid i chi gofnodi’ch %s” for “You must enter your %s”.',
  },
  errorReferenceTooLong: {
    service: 'GOV.UK Pay',
    where: `${PAY_LINKS} (paymentLinks.fieldValidation.referenceTooLong)`,
    words: 'Mae’n rhaid i %s fod yn 255 nod neu lai',
    match: 'close',
    note: 'The same English: GOV.UK Pay puts the service’s label for the reference where ours names it.',
  },
  errorReferenceCharacters: {
    service: 'GOV.UK Pay',
    where: `${PAY_LINKS} (paymentLinks.fieldValidation.referenceCantUseInvalidChars)`,
    words: 'Mae’n rhaid i %s beidio â chynnwys unrhyw un o’r nodau canlynol',
    match: 'close',
    note:
      'GOV.UK Pay puts the service’s label where ours names the reference, and adds “any of the following ' +
      'characters” before its longer list; ours lists our characters, as our English does.',
  },
  errorReferenceCard: {
    service: 'GOV.UK Pay',
    where: `${PAY_LINKS} (fieldValidation.potentialPANInReference)`,
    words: 'Peidiwch â nodi’ch rhif cerdyn debyd neu gredyd.',
    match: 'close',
    note:
      'GOV.UK Pay’s is “Do not enter your debit or credit card number.”; ours says “here” and asks for the ' +
      'reference. GOV.UK Pay writes “nodi” (enter) where ours writes “rhoi”, as in our “Rhowch”.',
  },
  errorAmountEmpty: {
    service: 'GOV.UK Pay',
    where: `${PAY_LINKS} (paymentLinks.fieldValidation.enterAnAmountInPounds)`,
    words: 'Cofnodwch swm o arian i’w dalu',
    match: 'close',
    note: `GOV.UK Pay’s is “Enter an amount of money to pay”. ${RHOWCH}`,
  },
  errorAmountInvalid: {
    service: 'GOV.UK Pay',
    where: `${PAY_LINKS} (paymentLinks.fieldValidation.enterAnAmountInTheCorrectFormat)`,
    words: 'Cofnodwch swm mewn punnoedd a cheiniogau gan ddefnyddio digidau a phwynt degol, fel 123.45 neu 156.00',
    match: 'close',
    note: `GOV.UK Pay adds “using digits and a decimal point” and gives two examples. ${RHOWCH}`,
  },
  errorAmountTooSmall: {
    service: 'GOV.UK Pay',
    where: `${PAY_LINKS} (paymentLinks.fieldValidation.enterANonZeroAmountInPounds)`,
    words: "Rhaid i'r swm fod yn £0.01 neu fwy",
    match: 'close',
    note: 'GOV.UK Pay’s is “Amount must be £0.01 or more”; ours adds “i’w dalu” (to pay), as our English does.',
  },
  errorAmountTooLarge: {
    service: 'GOV.UK Pay',
    where: `${PAY_LINKS} (paymentLinks.fieldValidation.enterAnAmountUnderMaxAmount)`,
    words: 'Cofnodwch swm sy’n £100,000 neu lai',
    match: 'close',
    note:
      'GOV.UK Pay’s is “Enter an amount that is £100,000 or less”; ours says the amount to pay must be, ' +
      "as GOV.UK Pay’s “Rhaid i'r swm fod yn £0.01 neu fwy” does.",
  },
  errorReferenceNotFound: {
    service: null,
    note: `${FOR_REVIEW} “Ni allwn ddod o hyd i” is the pattern of HMRC’s “Nid oeddem yn gallu dod o hyd i’ch cleient”.`,
  },
  settingUp: { service: null, note: FOR_REVIEW },
  setUpFailed: {
    service: null,
    note: `${FOR_REVIEW} Made of “Mae’n ddrwg gennym”, “Nid oeddem yn gallu …”, HMCTS’s “Nid oes arian wedi ei gymryd” and HMRC’s “drwy ddull arall”.`,
  },
  checking: {
    service: 'GOV.UK Pay',
    where: `${PAY_CARD_PAGES} (authorisation.checkingDetails)`,
    words: 'Yn gwirio manylion y cerdyn',
    match: 'close',
    note: 'Its “Checking card details”; ours checks the payment.',
  },
  paidTitle: {
    service: 'Office of the Public Guardian: Make and register an LPA',
    where: `${OPG_LPA} (paymentReceivedHeader)`,
    words: 'Taliad wedi ei dderbyn',
    match: 'same',
    note: 'GOV.UK Pay’s own panel says “Roedd eich taliad yn llwyddiannus” (“Your payment was successful”).',
  },
  paidReference: {
    service: 'HMCTS civil money claims',
    where: `${HMCTS_CIVIL} (PAGES.PAYMENT_CONFIRMATION.SUCCESSFUL.PAYMENT_IS)`,
    words: 'Cyfeirnod eich taliad yw',
    match: 'close',
    note: 'Theirs is “Your payment reference is”. HMRC’s card payments write “Eich cyfeirnod talu” for ours.',
  },
  paidSummary: {
    service: 'Office of the Public Guardian: Make and register an LPA',
    where: `${OPG_LPA} (paymentConfirmationContent)`,
    words: 'Rydych chi wedi talu am eich LPA',
    match: 'close',
    note:
      'The same construction, for another English sentence. “ar gyfer” (for), not “am”: the description follows as ' +
      'the council wrote it, which could not take the soft mutation “am” calls for.',
  },
  declinedTitle: {
    service: 'GOV.UK Pay',
    where: `${PAY_CARD_PAGES} (errorViews.declined)`,
    words: 'Mae eich taliad wedi cael ei wrthod',
    match: 'same',
    note: 'GOV.UK Pay’s heading for “Your payment has been declined”, which the resident may just have seen.',
  },
  declinedBody: {
    service: 'HMRC card payments',
    where: `${HMRC_CARD_PAYMENTS} (payment-failed.failed-check-again)`,
    words: 'neu rhowch gynnig ar gerdyn gwahanol',
    match: 'close',
    note: 'Theirs, turned round; “cysylltwch â’ch banc” is GOV.UK Pay’s (errorViews.contactYourBank).',
  },
  expiredTitle: {
    service: 'GOV.UK Pay',
    where: `${PAY_CARD_PAGES} (errorViews.sessionExpired)`,
    words: 'Daeth eich sesiwn taliad i ben',
    match: 'same',
  },
  expiredBody: {
    service: 'Office of the Public Guardian: Make and register an LPA',
    where: `${OPG_LPA} (youDidNotSignYourLPAWithinSixMonthsOfConfirmingYourIdentity)`,
    words: 'Ni wnaethoch lofnodi eich LPA o fewn 6 mis',
    match: 'close',
    note: 'The same “Ni wnaethoch … o fewn” construction. GOV.UK Pay’s sessionExpiredNoMoneyTaken is not copied: its Welsh and English say different things.',
  },
  cancelledTitle: {
    service: 'GOV.UK Pay',
    where: `${PAY_CARD_PAGES} (authorisation.userCancelledPayment)`,
    words: 'Mae eich taliad wedi ei ganslo',
    match: 'same',
  },
  errorTitle: {
    service: 'HMRC (every service’s error page)',
    where:
      'hmrc/bootstrap-play@a171a35 bootstrap-frontend-play-30/src/main/resources/messages.cy (global.error.InternalServerError500.heading)',
    words: 'Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth',
    match: 'close',
    note: 'Ours names the payment service (“talu”).',
  },
  errorBody: {
    service: 'GOV.UK Forms',
    where: `${GOVUK_FORMS} (errors.internal_server_error.body)`,
    words: 'Rhowch gynnig arall arni yn nes ymlaen.',
    match: 'close',
    note: `“Talu drwy ddull arall” (pay another way) is HMRC’s (${HMRC_CARD_PAYMENTS}, payment-cancelled.pay-another-way.link).`,
  },
  notTaken: {
    service: 'HMCTS civil money claims',
    where: `${HMCTS_CIVIL} (…HEARING_FEE.PAYMENT.UNSUCCESSFUL.NO_MONEY_TAKEN)`,
    words: 'Nid oes arian wedi ei gymryd o’ch cyfrif',
    match: 'same',
    note: 'GOV.UK Pay has the same English, but its Welsh says “o’r cyfrif” (from the account).',
  },
  inProgressTitle: {
    service: 'GOV.UK Pay',
    where: `${PAY_CARD_PAGES} (authorisation.processingPayment)`,
    words: 'Mae eich taliad yn cael ei brosesu.',
    match: 'close',
    note: 'Ours adds “still” (yn dal i).',
  },
  inProgressBody: {
    service: null,
    note: `${FOR_REVIEW} HMRC writes “Rhowch gynnig arall arni mewn ychydig o funudau” for “Try again in a few minutes”.`,
  },
  notFoundTitle: {
    service: 'HMRC agent services',
    where: `${HMRC_AGENTS} (journeyExit.client-not-found.header)`,
    words: 'Nid oeddem yn gallu dod o hyd i’ch cleient',
    match: 'close',
    note: 'The same “dod o hyd i’ch”, in the present tense for “cannot”.',
  },
  notFoundBody: {
    service: 'GOV.UK Forms',
    where: `${GOVUK_FORMS} (form.submitted.email_sent, errors.maintenance.body_html)`,
    words: 'Rydym wedi anfon e-bost cadarnhau atoch. … bydd angen ichi ddechrau eto.',
    match: 'close',
    note: 'Ours is made of their phrases.',
  },
  checkFailedTitle: {
    service: 'HMRC agent services',
    where: `${HMRC_AGENTS} (journeyExit.client-not-found.header)`,
    words: 'Nid oeddem yn gallu dod o hyd i’ch cleient',
    match: 'close',
    note: 'The same “Nid oeddem yn gallu …” for “We could not …”.',
  },
  checkFailedBody: { service: null, note: FOR_REVIEW },
  checkAgain: { service: null, note: `${FOR_REVIEW} The verb-noun of GOV.UK Pay’s “Dechrau eto”.` },
  startAgain: {
    service: 'GOV.UK Pay',
    where: `${PAY_CARD_PAGES} (commonButtons.startAgain)`,
    words: 'Dechrau eto',
    match: 'same',
  },
};
