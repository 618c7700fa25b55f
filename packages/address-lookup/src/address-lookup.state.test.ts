import { describe, expect, it } from 'vitest';
import type { Address } from '@council-components/addresses/address.js';
import { checked, chosen, manualEntry, START, type CheckInput, type LookupState } from './address-lookup.state.js';

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
    const list: LookupState = { step: 'select', postcode: 'SO16 0AS', addresses: [address] };
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
