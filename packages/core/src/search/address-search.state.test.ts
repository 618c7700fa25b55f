import { describe, expect, it } from 'vitest';
import type { Address } from '@council-components/addresses/address.js';
import { ProviderError } from '../provider/provider-error.js';
import { afterFailure, afterSearch, beforeSearch } from './address-search.state.js';

const address: Address = {
  uprn: '200010019924',
  organisation: null,
  lines: ['4 Adanac Drive'],
  town: 'Southampton',
  county: null,
  postcode: 'SO16 0AS',
  coordinates: null,
  language: 'en',
};

describe('the address search’s steps, as pure transitions', () => {
  it('tidies a postcode before a search, and stops a faulty one with its message', () => {
    expect(beforeSearch(' (so16-0as). ')).toEqual({ postcode: 'SO16 0AS', next: undefined });
    expect(beforeSearch('').next).toEqual({ step: 'postcode', error: { key: 'errorPostcodeEmpty' } });
    expect(beforeSearch('SO16').next).toEqual({ step: 'postcode', error: { key: 'errorPostcodeInvalid' } });
  });

  it('takes BFPO as outside what any dataset covers, without a search', () => {
    expect(beforeSearch('bf1 3aa')).toEqual({ postcode: 'BF1 3AA', next: 'outside' });
  });

  it('leads from what a search found to the list, to "not found", or, for the islands, outside', () => {
    expect(afterSearch('SO16 0AS', [address])).toEqual({ step: 'select', postcode: 'SO16 0AS', addresses: [address] });
    expect(afterSearch('SO16 9ZZ', [])).toEqual({
      step: 'postcode',
      error: { key: 'errorNotFound', params: { postcode: 'SO16 9ZZ' } },
    });
    for (const island of ['JE2 3AB', 'GY1 1AA', 'IM1 1AA']) {
      expect(afterSearch(island, [])).toBe('outside');
    }
  });

  it('words a failed search by the one rule: the back end’s verdict by the field, a short wait, or not working', () => {
    expect(afterFailure(new ProviderError('bad-request', '', { status: 400, code: 'postcode-invalid' }))).toEqual({
      step: 'postcode',
      error: { key: 'errorPostcodeInvalid' },
    });
    const limited = new ProviderError('server', '', {
      status: 503,
      code: 'provider-rate-limited',
      retryAfterSeconds: 30,
    });
    expect(afterFailure(limited)).toEqual({
      step: 'postcode',
      failure: { key: 'errorRateLimited', params: { count: 30 } },
    });
    const longWait = new ProviderError('rate-limited', '', { status: 429, retryAfterSeconds: 3600 });
    expect(afterFailure(longWait)).toEqual({ step: 'postcode', failure: { key: 'errorLookupFailed' } });
    expect(afterFailure(new ProviderError('timeout', ''))).toEqual({
      step: 'postcode',
      failure: { key: 'errorLookupFailed' },
    });
  });
});
