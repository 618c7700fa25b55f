import type { AddressFormFields } from '@council-components/addresses/address.js';
import type { AnswerFieldSpec } from '@council-components/core/form/answer-fields.js';

export type AddressFieldName = keyof AddressFormFields;

/**
 * The GOV.UK manual address fields: how each appears in ids, names and
 * `fill-*` attributes (`{name}-line-1`, `fill-line-1`), and how a page
 * author's own field is recognised (its `autocomplete` token, else the end of
 * its name: `home-address-line-1`).
 */
export const ADDRESS_FIELDS: Readonly<Record<AddressFieldName, AnswerFieldSpec>> = {
  line1: { part: 'line-1', autocomplete: 'address-line1', nameEnding: /(line-?1|address1)$/ },
  line2: { part: 'line-2', autocomplete: 'address-line2', nameEnding: /(line-?2|address2)$/ },
  town: { part: 'town', autocomplete: 'address-level2', nameEnding: /(town|city)$/ },
  county: { part: 'county', nameEnding: /county$/ },
  postcode: { part: 'postcode', autocomplete: 'postal-code', nameEnding: /post(code|al-code)$/ },
  uprn: { part: 'uprn', nameEnding: /uprn$/ },
};
