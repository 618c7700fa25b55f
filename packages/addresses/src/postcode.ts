/**
 * UK postcodes the GOV.UK way: accept any case, missing or extra spaces,
 * hyphens, brackets and full stops, ignoring them rather than rejecting.
 */
const FULL_POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$|^GIR 0AA$/;

/** `sw1a1aa`, ` (SW1A-1AA.) ` → `SW1A 1AA`. Returns '' for input with no letters or digits. */
export function normalisePostcode(input: string): string {
  const compact = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  // Too short to hold an inward code: leave it as typed, for the error message.
  if (compact.length < 5) return compact;
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

/** Whether a normalised postcode is a full UK postcode, good enough to send to a provider. */
export function isFullPostcode(normalised: string): boolean {
  return FULL_POSTCODE.test(normalised);
}

export type PostcodeProblem = 'empty' | 'invalid';

/** Normalises what a resident typed and says what is wrong with it, if anything. */
export function checkPostcode(input: string): { postcode: string; problem: PostcodeProblem | null } {
  const postcode = normalisePostcode(input);
  if (postcode === '') return { postcode, problem: 'empty' };
  return { postcode, problem: isFullPostcode(postcode) ? null : 'invalid' };
}

/** British Forces Post Office: no address dataset covers it, so residents go straight to manual entry. */
export function isBfpo(normalised: string): boolean {
  return normalised.startsWith('BF');
}

/**
 * Jersey, Guernsey and the Isle of Man: outside the Great Britain datasets
 * unless a council's provider includes the islands, so when a lookup finds
 * nothing there the resident is told why and sent to manual entry.
 */
export function isCrownDependency(normalised: string): boolean {
  return /^(JE|GY|IM)\d/.test(normalised);
}
