import { describe, expect, it } from 'vitest';
import type { Address } from '@council-components/addresses/address.js';
import { ProviderError } from '@council-components/core/provider/provider-error.js';
import {
  afterFailure,
  afterSearch,
  beforeSearch,
  checked,
  chosen,
  manualEntry,
  START,
  type CheckInput,
} from './address-lookup.state.js';

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
const empty = { line1: '', line2: '', town: '', county: '', postcode: '' };
const input = (overrides: Partial<CheckInput> = {}): CheckInput => ({
  required: false,
  typed: '',
  values: empty,
  answeredElsewhere: false,
  ...overrides,
});

describe('the address lookup’s steps, as pure transitions', () => {
  it('tidies a postcode before a search, and stops a faulty one with its message', () => {
    expect(beforeSearch(' (so16-0as). ')).toEqual({ postcode: 'SO16 0AS', next: undefined });
    expect(beforeSearch('').next).toEqual({ step: 'postcode', error: { key: 'errorPostcodeEmpty' } });
    expect(beforeSearch('SO16').next).toEqual({ step: 'postcode', error: { key: 'errorPostcodeInvalid' } });
  });

  it('sends BFPO straight to manual entry, saying why, without a search', () => {
    expect(beforeSearch('bf1 3aa')).toEqual({
      postcode: 'BF1 3AA',
      next: { step: 'manual', chosen: null, errors: {}, notice: { key: 'outsideGb' } },
    });
  });

  it('leads from what a search found to the list, to "not found", or, for the islands, to manual entry', () => {
    expect(afterSearch('SO16 0AS', [address])).toEqual({ step: 'select', postcode: 'SO16 0AS', addresses: [address] });
    expect(afterSearch('SO16 9ZZ', [])).toEqual({
      step: 'postcode',
      error: { key: 'errorNotFound', params: { postcode: 'SO16 9ZZ' } },
    });
    for (const island of ['JE2 3AB', 'GY1 1AA', 'IM1 1AA']) {
      expect(afterSearch(island, [])).toMatchObject({ step: 'manual', notice: { key: 'outsideGb' } });
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

  it('lets an optional answer be empty, but not a required one, an unfinished search or a half-filled address', () => {
    expect(checked(START, input()).state).toEqual({ step: 'postcode', error: undefined });
    expect(checked(START, input({ required: true })).state).toEqual({
      step: 'postcode',
      error: { key: 'errorRequired' },
    });
    expect(checked(START, input({ typed: 'SO16' })).state).toMatchObject({ error: { key: 'errorRequired' } });
    expect(checked(START, input({ required: true, answeredElsewhere: true })).state).toEqual({
      step: 'postcode',
      error: undefined,
    });
    const list = afterSearch('SO16 0AS', [address]);
    expect(checked(list, input()).state).toMatchObject({ step: 'select', error: { key: 'errorSelect' } });

    expect(checked(manualEntry(), input()).state).toEqual({ step: 'manual', chosen: null, errors: {} });
    const half = checked(manualEntry(), input({ values: { ...empty, line1: '1 Castle Street', postcode: 'sa11dp' } }));
    expect(half).toEqual({
      state: { step: 'manual', chosen: null, errors: { town: { key: 'errorTown' } } },
      postcode: 'SA1 1DP',
    });
    expect(checked(manualEntry(), input({ required: true })).state).toMatchObject({
      errors: {
        line1: { key: 'errorLine1' },
        town: { key: 'errorTown' },
        postcode: { key: 'errorPostcodeEmpty' },
      },
    });
  });

  it('keeps a chosen address through its check, and clears the problems of one put right', () => {
    const values = { line1: '4 Adanac Drive', line2: '', town: 'Southampton', county: '', postcode: 'SO16 0AS' };
    expect(checked(chosen(address), input({ values }))).toEqual({
      state: { step: 'manual', chosen: address, errors: {} },
      postcode: 'SO16 0AS',
    });
  });
});
