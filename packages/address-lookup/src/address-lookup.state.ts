/**
 * Where a resident is in <council-address-lookup>, as one typed state, and
 * every way it changes, as pure functions: no DOM, no requests. The element
 * holds one `LookupState` and renders it; these say what comes next. The
 * search's two steps (postcode, list) are the kit's (`core/search`).
 */
import type { Address } from '@council-components/addresses/address.js';
import { checkPostcode } from '@council-components/addresses/postcode.js';
import type { SearchMessage, SearchState } from '@council-components/core/search/address-search.state.js';
import type { AddressLookupMessageKey } from './address-lookup.strings.js';

export type Message = SearchMessage<AddressLookupMessageKey>;

/** The manual fields a problem can be reported on, in page order. */
export const CHECKED_FIELDS = ['line1', 'town', 'postcode'] as const;
export type CheckedField = (typeof CHECKED_FIELDS)[number];

export type LookupState =
  /** Searching by postcode, or choosing from the addresses found. */
  | SearchState<AddressLookupMessageKey>
  /** The address in fields: chosen (and editable), or typed; `notice` says why there was no search. */
  | { step: 'manual'; chosen: Address | null; errors: Partial<Record<CheckedField, Message>>; notice?: Message };

export type AddressLookupStep = LookupState['step'];

export { SEARCH_START as START } from '@council-components/core/search/address-search.state.js';

/** No dataset covers BFPO, and Jersey, Guernsey and the Isle of Man are often missing: manual entry, saying why. */
export const outsideGreatBritain = (): LookupState => ({
  step: 'manual',
  chosen: null,
  errors: {},
  notice: { key: 'outsideGb' },
});

export const manualEntry = (): LookupState => ({ step: 'manual', chosen: null, errors: {} });

export const chosen = (address: Address): LookupState => ({ step: 'manual', chosen: address, errors: {} });

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
