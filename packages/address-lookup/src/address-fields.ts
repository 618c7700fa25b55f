import type { AddressFormFields } from '@council-components/addresses/address.js';
import type { AnswerFieldSpec } from '@council-components/core/form/answer-fields.js';

export type AddressFieldName = keyof AddressFormFields;

/** The fields a resident types in, in page order; the UPRN is a hidden field. */
export const TYPED_FIELDS = ['line1', 'line2', 'town', 'county', 'postcode'] as const;

export interface AddressFieldSpec extends AnswerFieldSpec {
  /** The GOV.UK width class of the component's own input. */
  width?: string;
}

/**
 * The GOV.UK manual address fields: how each appears in ids, names and
 * `fill-*` attributes (`{name}-line-1`, `fill-line-1`), its `autocomplete`
 * token, and how a page author's own field is recognised (that token, else
 * the end of its name: `home-address-line-1`).
 */
export const ADDRESS_FIELDS: Readonly<Record<AddressFieldName, AddressFieldSpec>> = {
  line1: { part: 'line-1', autocomplete: 'address-line1', nameEnding: /(line-?1|address1)$/ },
  line2: { part: 'line-2', autocomplete: 'address-line2', nameEnding: /(line-?2|address2)$/ },
  town: {
    part: 'town',
    autocomplete: 'address-level2',
    nameEnding: /(town|city)$/,
    width: 'ccuk-!-width-two-thirds',
  },
  // No token: the HTML spec's `address-level1` is the post town in the UK, not the county.
  county: { part: 'county', nameEnding: /county$/, width: 'ccuk-!-width-two-thirds' },
  postcode: {
    part: 'postcode',
    autocomplete: 'postal-code',
    nameEnding: /post(code|al-code)$/,
    width: 'ccuk-input--width-10',
  },
  uprn: { part: 'uprn', nameEnding: /uprn$/ },
};
