/**
 * A payment reference as GOV.UK Pay will take it (browser and server: the component checks it by the field, the
 * back end again before asking Pay), checked before a payment is asked for: 1 to 255 characters, none
 * that its firewall refuses (`< > " \ |`), and no card number. Pay refuses a reference with card-number-like digits
 * (P0105); a resident who types their card number into the reference box must be told at once, by the field, and
 * the number must go no further.
 */
export type ReferenceProblem = 'empty' | 'too-long' | 'characters' | 'card-number';

const FIREWALL_CHARACTERS = /[<>"\\|]/;

/** Whether `digits` passes the Luhn check, as every payment card number does. */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * Whether `text` holds something a card number could be: 12 to 19 digits in a row (spaces and dashes between them
 * allowed, as people type them) that pass the Luhn check.
 */
export function holdsCardNumber(text: string): boolean {
  for (const run of text.match(/\d[\d -]{10,}\d/g) ?? []) {
    const digits = run.replace(/[ -]/g, '');
    for (let length = Math.min(19, digits.length); length >= 12; length--) {
      for (let start = 0; start + length <= digits.length; start++) {
        if (luhn(digits.slice(start, start + length))) return true;
      }
    }
  }
  return false;
}

/** What is wrong with a reference, or undefined; `text` is the reference as typed, trimmed by the caller. */
export function referenceProblem(text: string): ReferenceProblem | undefined {
  if (text === '') return 'empty';
  if (text.length > 255) return 'too-long';
  if (FIREWALL_CHARACTERS.test(text)) return 'characters';
  if (holdsCardNumber(text)) return 'card-number';
  return undefined;
}
