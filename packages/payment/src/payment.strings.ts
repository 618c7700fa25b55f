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
  | 'errorAmountTooLarge';

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
  },
};

/** The component's strings and the core ones it uses ("Error:"). */
export const paymentStrings = withCoreStrings<PaymentStringKey, CoreStringKey>(coreStrings, ownStrings);
export type PaymentMessageKey = PaymentStringKey | CoreStringKey;
