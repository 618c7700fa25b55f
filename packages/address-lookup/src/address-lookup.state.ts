/**
 * Where a resident is in <council-address-lookup>, as one typed state, and
 * every way it changes, as pure functions: no DOM, no requests. The element
 * holds one `LookupState` and renders it; these say what comes next.
 */
import type { Address } from '@council-components/addresses/address.js';
import { checkPostcode, isBfpo, isCrownDependency } from '@council-components/addresses/postcode.js';
import type { MessageParams } from '@council-components/core/i18n/catalogue.js';
import { messageKeyFor, type ProviderError } from '@council-components/core/provider/provider-error.js';
import type { AddressLookupMessageKey } from './address-lookup.strings.js';

export interface Message {
  key: AddressLookupMessageKey;
  params?: MessageParams;
}

/** The manual fields a problem can be reported on, in page order. */
export const CHECKED_FIELDS = ['line1', 'town', 'postcode'] as const;
export type CheckedField = (typeof CHECKED_FIELDS)[number];

export type LookupState =
  /** Searching by postcode: a problem with the postcode (`error`), or with the service (`failure`). */
  | { step: 'postcode'; error?: Message; failure?: Message }
  /** Choosing from the addresses found at `postcode`. */
  | { step: 'select'; postcode: string; addresses: readonly Address[]; error?: Message }
  /** The address in fields: chosen (and editable), or typed; `notice` says why there was no search. */
  | { step: 'manual'; chosen: Address | null; errors: Partial<Record<CheckedField, Message>>; notice?: Message };

export type AddressLookupStep = LookupState['step'];

export const START: LookupState = { step: 'postcode' };

const postcodeError = (key: AddressLookupMessageKey, params?: MessageParams): LookupState => ({
  step: 'postcode',
  error: params ? { key, params } : { key },
});

/** No dataset covers BFPO, and Jersey, Guernsey and the Isle of Man are often missing: straight to manual entry. */
const outsideGreatBritain: LookupState = { step: 'manual', chosen: null, errors: {}, notice: { key: 'outsideGb' } };

export const manualEntry = (): LookupState => ({ step: 'manual', chosen: null, errors: {} });

export const chosen = (address: Address): LookupState => ({ step: 'manual', chosen: address, errors: {} });

/**
 * What the resident typed, tidied, and where it leads before anyone is asked:
 * a problem to show, manual entry (BFPO), or nothing (look it up).
 */
export function beforeSearch(typed: string): { postcode: string; next: LookupState | undefined } {
  const { postcode, problem } = checkPostcode(typed);
  if (problem)
    return { postcode, next: postcodeError(problem === 'empty' ? 'errorPostcodeEmpty' : 'errorPostcodeInvalid') };
  return { postcode, next: isBfpo(postcode) ? outsideGreatBritain : undefined };
}

/** Where the addresses found at `postcode` lead: the list, or why there is none. */
export function afterSearch(postcode: string, found: readonly Address[]): LookupState {
  if (found.length > 0) return { step: 'select', postcode, addresses: found };
  return isCrownDependency(postcode) ? outsideGreatBritain : postcodeError('errorNotFound', { postcode });
}

/**
 * What a failed search shows: the back end's verdict on the postcode by the
 * field, a rate limit with its wait, anything else as the service not
 * working. Manual entry is offered with each.
 */
export function afterFailure(error: ProviderError): LookupState {
  if (error.code === 'postcode-invalid' || error.code === 'postcode-missing')
    return postcodeError('errorPostcodeInvalid');
  const failure: Message =
    messageKeyFor(error) === 'rateLimitedWait'
      ? { key: 'errorRateLimited', params: { count: error.retryAfterSeconds ?? 0 } }
      : { key: 'errorLookupFailed' };
  return { step: 'postcode', failure };
}

/** What the check of an answer needs to know beyond the state. */
export interface CheckInput {
  required: boolean;
  /** What is in the postcode search field. */
  typed: string;
  /** The manual fields' values. */
  values: Readonly<Record<CheckedField | 'line2' | 'county', string>>;
  /** The host form's own fields already hold an address (`fill-*`, an earlier answer). */
  answeredElsewhere: boolean;
}

/**
 * Checks the answer (on submit, or `validate()`): the state with the problems
 * to show, and the postcode tidied when a manual one is fine. An optional
 * address may be left empty, but not half-filled; a search started and not
 * finished is never submitted as no answer.
 */
export function checked(state: LookupState, input: CheckInput): { state: LookupState; postcode?: string } {
  if (state.step === 'manual') {
    const { values } = input;
    const started = [values.line1, values.line2, values.town, values.county, values.postcode].some((value) =>
      value.trim(),
    );
    if (!input.required && !started) return { state: { ...state, errors: {} } };
    const errors: Partial<Record<CheckedField, Message>> = {};
    if (values.line1.trim() === '') errors.line1 = { key: 'errorLine1' };
    if (values.town.trim() === '') errors.town = { key: 'errorTown' };
    const { postcode, problem } = checkPostcode(values.postcode);
    if (problem === 'empty') errors.postcode = { key: 'errorPostcodeEmpty' };
    else if (problem === 'invalid') errors.postcode = { key: 'errorPostcodeInvalid' };
    return { state: { ...state, errors }, ...(problem ? {} : { postcode }) };
  }
  const unfinished = input.required || state.step === 'select' || input.typed.trim() !== '';
  if (input.answeredElsewhere || !unfinished) return { state: { ...state, error: undefined } };
  return {
    state:
      state.step === 'select'
        ? { ...state, error: { key: 'errorSelect' } }
        : { ...state, error: { key: 'errorRequired' } },
  };
}
