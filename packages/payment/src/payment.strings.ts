import { withCoreStrings, type Catalogue } from '@council-components/core/i18n/catalogue.js';
import { coreStrings, type CoreStringKey } from '@council-components/core/i18n/core-strings.js';

export type PaymentStringKey =
  | 'heading'
  | 'amountToPay'
  | 'referenceLabel'
  | 'amountLabel'
  | 'amountHint'
  | 'continue'
  | 'redirecting'
  | 'unavailable'
  | 'contactCouncil'
  | 'errorReferenceEmpty'
  | 'errorReferenceTooLong'
  | 'errorReferenceCharacters'
  | 'errorReferenceCard'
  | 'errorAmountEmpty'
  | 'errorAmountInvalid'
  | 'errorAmountTooSmall'
  | 'errorAmountTooLarge'
  | 'errorReferenceNotFound'
  | 'settingUp'
  | 'setUpFailed'
  | 'checking'
  | 'paidTitle'
  | 'paidReference'
  | 'paidSummary'
  | 'declinedTitle'
  | 'declinedBody'
  | 'expiredTitle'
  | 'expiredBody'
  | 'cancelledTitle'
  | 'errorTitle'
  | 'errorBody'
  | 'notTaken'
  | 'inProgressTitle'
  | 'inProgressBody'
  | 'notFoundTitle'
  | 'notFoundBody'
  | 'checkFailedTitle'
  | 'checkFailedBody'
  | 'checkAgain'
  | 'startAgain';

/**
 * Every string of <council-payment>, in English and Welsh. Error messages follow the GOV.UK Design System's
 * wording for text inputs ("Enter …", "… must be … or fewer").
 */
const ownStrings: Catalogue<PaymentStringKey> = {
  en: {
    heading: 'Make a payment',
    amountToPay: 'Amount to pay: {amount}',
    referenceLabel: 'Payment reference',
    amountLabel: 'Amount to pay, in pounds',
    amountHint: 'For example, 12.50',
    continue: 'Continue to payment',
    redirecting: 'Taking you to GOV.UK Pay…',
    unavailable: 'Sorry, you cannot pay online here at the moment.',
    contactCouncil: 'Contact the council to pay another way',
    errorReferenceEmpty: 'Enter your payment reference',
    errorReferenceTooLong: 'Payment reference must be 255 characters or fewer',
    errorReferenceCharacters: 'Payment reference must not include < > " \\ or |',
    errorReferenceCard: 'Do not enter your card number here. Enter your payment reference',
    errorAmountEmpty: 'Enter the amount to pay',
    errorAmountInvalid: 'Enter the amount in pounds and pence, like 12.50',
    errorAmountTooSmall: 'Amount to pay must be £0.01 or more',
    errorAmountTooLarge: 'Amount to pay must be £100,000 or less',
    errorReferenceNotFound: 'We cannot find a payment with that reference. Check it and enter it again',
    settingUp: 'Setting up your payment…',
    setUpFailed: 'Sorry, we could not set up your payment. No money has been taken. Try again, or pay another way.',
    checking: 'Checking your payment…',
    paidTitle: 'Payment received',
    paidReference: 'Your payment reference',
    paidSummary: 'You paid {amount} for {description}.',
    declinedTitle: 'Your payment was declined',
    declinedBody: 'Try again with a different card, or contact your bank.',
    expiredTitle: 'Your payment session has expired',
    expiredBody: 'You did not finish paying within 90 minutes.',
    cancelledTitle: 'Your payment has been cancelled',
    errorTitle: 'Sorry, there is a problem with the payment service',
    errorBody: 'Try again later, or pay another way.',
    notTaken: 'No money has been taken from your account.',
    inProgressTitle: 'Your payment is still being processed',
    inProgressBody: 'Do not pay again. Check again in a few minutes, or contact the council.',
    notFoundTitle: 'We cannot find your payment',
    notFoundBody:
      'If you paid, GOV.UK Pay has sent you a confirmation email. If you did not finish, you can start again.',
    checkFailedTitle: 'We could not check your payment',
    checkFailedBody: 'Do not pay again until you know whether this payment went through.',
    checkAgain: 'Check again',
    startAgain: 'Start again',
  },
  cy: {
    heading: 'Gwneud taliad',
    amountToPay: 'Cyfanswm i’w dalu: {amount}',
    referenceLabel: 'Cyfeirnod y taliad',
    amountLabel: 'Swm i’w dalu, mewn punnoedd',
    amountHint: 'Er enghraifft, 12.50',
    continue: 'Parhau at daliad',
    redirecting: 'Yn mynd â chi i GOV.UK Pay…',
    unavailable: 'Mae’n ddrwg gennym, ni allwch dalu ar-lein yma ar hyn o bryd.',
    contactCouncil: 'Cysylltu â’r cyngor i dalu mewn ffordd arall',
    errorReferenceEmpty: 'Rhowch gyfeirnod eich taliad',
    errorReferenceTooLong: 'Mae’n rhaid i gyfeirnod y taliad fod yn 255 nod neu lai',
    errorReferenceCharacters: 'Mae’n rhaid i gyfeirnod y taliad beidio â chynnwys < > " \\ neu |',
    errorReferenceCard: 'Peidiwch â rhoi rhif eich cerdyn yma. Rhowch gyfeirnod eich taliad',
    errorAmountEmpty: 'Rhowch y swm i’w dalu',
    errorAmountInvalid: 'Rhowch y swm mewn punnoedd a cheiniogau, fel 12.50',
    errorAmountTooSmall: 'Rhaid i’r swm i’w dalu fod yn £0.01 neu fwy',
    errorAmountTooLarge: 'Rhaid i’r swm i’w dalu fod yn £100,000 neu lai',
    errorReferenceNotFound: 'Ni allwn ddod o hyd i daliad gyda’r cyfeirnod hwnnw. Gwiriwch ef a’i roi eto',
    settingUp: 'Yn paratoi eich taliad…',
    setUpFailed:
      'Mae’n ddrwg gennym, nid oeddem yn gallu paratoi eich taliad. Nid oes arian wedi ei gymryd. Rhowch gynnig arall arni, neu talwch drwy ddull arall.',
    checking: 'Yn gwirio eich taliad…',
    paidTitle: 'Taliad wedi ei dderbyn',
    paidReference: 'Cyfeirnod eich taliad',
    paidSummary: 'Rydych wedi talu {amount} ar gyfer {description}.',
    declinedTitle: 'Mae eich taliad wedi cael ei wrthod',
    declinedBody: 'Rhowch gynnig ar gerdyn gwahanol, neu cysylltwch â’ch banc.',
    expiredTitle: 'Daeth eich sesiwn taliad i ben',
    expiredBody: 'Ni wnaethoch orffen talu o fewn 90 munud.',
    cancelledTitle: 'Mae eich taliad wedi ei ganslo',
    errorTitle: 'Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth talu',
    errorBody: 'Rhowch gynnig arall arni yn nes ymlaen, neu talwch drwy ddull arall.',
    notTaken: 'Nid oes arian wedi ei gymryd o’ch cyfrif.',
    inProgressTitle: 'Mae eich taliad yn dal i gael ei brosesu',
    inProgressBody: 'Peidiwch â thalu eto. Gwiriwch eto ymhen ychydig funudau, neu cysylltwch â’r cyngor.',
    notFoundTitle: 'Ni allwn ddod o hyd i’ch taliad',
    notFoundBody:
      'Os gwnaethoch dalu, mae GOV.UK Pay wedi anfon e-bost cadarnhau atoch. Os na wnaethoch orffen, gallwch ddechrau eto.',
    checkFailedTitle: 'Nid oeddem yn gallu gwirio eich taliad',
    checkFailedBody: 'Peidiwch â thalu eto nes eich bod yn gwybod a aeth y taliad hwn drwodd.',
    checkAgain: 'Gwirio eto',
    startAgain: 'Dechrau eto',
  },
};

/** The component's strings and the core ones it uses ("Error:", "Try again"). */
export const paymentStrings = withCoreStrings<PaymentStringKey, CoreStringKey>(coreStrings, ownStrings);
export type PaymentMessageKey = PaymentStringKey | CoreStringKey;
