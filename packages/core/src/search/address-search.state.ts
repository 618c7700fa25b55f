/**
 * Where a resident is in the address search, as one typed state, and every
 * way it changes, as pure functions: no DOM, no requests. The component holds
 * the state (with its own steps beside it); `AddressSearch` renders it.
 */
import type { Address } from '@council-components/addresses/address.js';
import { checkPostcode, isBfpo, isCrownDependency } from '@council-components/addresses/postcode.js';
import type { MessageParams } from '../i18n/catalogue.js';
import { messageKeyFor, type ProviderError } from '../provider/provider-error.js';
import type { AddressSearchMessageKey } from './address-search.strings.js';

/** A message to show, by its key in the component's catalogue. */
export interface SearchMessage<Key extends string = AddressSearchMessageKey> {
  key: Key;
  params?: MessageParams;
}

/** The search's two steps; `Key`, the component's message keys (its own problems can show there too). */
export type SearchState<Key extends string = AddressSearchMessageKey> =
  /** Searching by postcode: a problem with the postcode (`error`), or with the service (`failure`). */
  | { step: 'postcode'; error?: SearchMessage<Key>; failure?: SearchMessage<Key> }
  /** Choosing from the addresses found at `postcode`. */
  | { step: 'select'; postcode: string; addresses: readonly Address[]; error?: SearchMessage<Key> };

export const SEARCH_START: SearchState = { step: 'postcode' };

/** Where a search leads before its answer is shown: on to a state, or outside what any dataset covers. */
export type SearchOutcome = SearchState | 'outside';

const postcodeError = (key: AddressSearchMessageKey, params?: MessageParams): SearchState & { step: 'postcode' } => ({
  step: 'postcode',
  error: params ? { key, params } : { key },
});

/**
 * What the resident typed, tidied, and where it leads before anyone is asked: a problem to show, `outside` (BFPO:
 * no dataset covers it), or nothing (look it up).
 */
export function beforeSearch(typed: string): { postcode: string; next: SearchOutcome | undefined } {
  const { postcode, problem } = checkPostcode(typed);
  if (problem)
    return { postcode, next: postcodeError(problem === 'empty' ? 'errorPostcodeEmpty' : 'errorPostcodeInvalid') };
  return { postcode, next: isBfpo(postcode) ? 'outside' : undefined };
}

/**
 * Where the addresses found at `postcode` lead: the list, or why there is none (Jersey, Guernsey and the Isle of
 * Man are often missing from datasets: `outside`).
 */
export function afterSearch(postcode: string, found: readonly Address[]): SearchOutcome {
  if (found.length > 0) return { step: 'select', postcode, addresses: found };
  return isCrownDependency(postcode) ? 'outside' : postcodeError('errorNotFound', { postcode });
}

/**
 * What a failed search shows: the back end's verdict on the postcode by the field, a rate limit with its wait,
 * anything else as the service not working, each worded with the component's way forward.
 */
export function afterFailure(error: ProviderError): SearchState & { step: 'postcode' } {
  if (error.code === 'postcode-invalid' || error.code === 'postcode-missing')
    return postcodeError('errorPostcodeInvalid');
  const failure: SearchMessage =
    messageKeyFor(error) === 'rateLimitedWait'
      ? { key: 'errorRateLimited', params: { count: error.retryAfterSeconds ?? 0 } }
      : { key: 'errorLookupFailed' };
  return { step: 'postcode', failure };
}
