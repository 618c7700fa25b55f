import { FOR_REVIEW, type WelshSources } from '@council-components/core/i18n/welsh-sources.js';
import type { PaymentStringKey } from './payment.strings.js';

const PAY_LINKS = 'alphagov/pay-products-ui@242c56f6 locales/cy.json';
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
};
