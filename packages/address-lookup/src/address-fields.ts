import type { AddressFormFields } from '@council-components/addresses/address.js';

export type AddressFieldName = keyof AddressFormFields;
export const ADDRESS_FIELD_NAMES: readonly AddressFieldName[] = [
  'line1',
  'line2',
  'town',
  'county',
  'postcode',
  'uprn',
];

type FieldElement = HTMLInputElement | HTMLTextAreaElement;

/** The `autocomplete` token and the name ending that identify each field a page author wrote. */
const FIELD_HINTS: Record<AddressFieldName, [autocomplete: string | null, nameEnding: RegExp]> = {
  line1: ['address-line1', /(line-?1|address1)$/],
  line2: ['address-line2', /(line-?2|address2)$/],
  town: ['address-level2', /(town|city)$/],
  county: [null, /county$/],
  postcode: ['postal-code', /post(code|al-code)$/],
  uprn: [null, /uprn$/],
};

export type AddressFieldMap = Partial<Record<AddressFieldName, FieldElement>>;

/**
 * The manual fields a page author wrapped inside the element: found by their
 * `autocomplete` token, else by the end of their name (`home-address-line-1`).
 */
export function findAuthorFields(container: Element, exclude: Element | null): AddressFieldMap {
  const candidates = [...container.querySelectorAll<FieldElement>('input, textarea')].filter(
    (field) => !exclude?.contains(field),
  );
  const found: AddressFieldMap = {};
  for (const name of ADDRESS_FIELD_NAMES) {
    const [autocomplete, nameEnding] = FIELD_HINTS[name];
    const byToken = autocomplete
      ? candidates.find((field) => field.autocomplete.split(/\s+/).includes(autocomplete))
      : undefined;
    const byName = candidates.find((field) => nameEnding.test(field.name.toLowerCase()));
    const field = byToken ?? byName;
    if (field) found[name] = field;
  }
  return found;
}

/**
 * Fields of the host form named by the `fill-*` attributes, for CMS form
 * builders that already own their address fields. Each attribute holds a
 * field's name in the form, or an element id.
 */
export function findHostFields(
  form: HTMLFormElement | null,
  root: Document | ShadowRoot,
  references: Partial<Record<AddressFieldName, string | null>>,
): AddressFieldMap {
  const found: AddressFieldMap = {};
  for (const name of ADDRESS_FIELD_NAMES) {
    const reference = references[name];
    if (!reference) continue;
    const byName = form?.elements.namedItem(reference);
    const field =
      byName instanceof HTMLInputElement || byName instanceof HTMLTextAreaElement
        ? byName
        : root.getElementById(reference);
    if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) found[name] = field;
  }
  return found;
}

/**
 * Puts values into fields the component does not render, and tells the page:
 * `input` and `change` events let CMS form builders and frameworks see them.
 */
export function fillFields(fields: AddressFieldMap, values: AddressFormFields): void {
  for (const name of ADDRESS_FIELD_NAMES) {
    const field = fields[name];
    if (!field || field.value === values[name]) continue;
    field.value = values[name];
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

export function readFields(fields: AddressFieldMap): AddressFormFields {
  return Object.fromEntries(
    ADDRESS_FIELD_NAMES.map((name) => [name, fields[name]?.value ?? '']),
  ) as unknown as AddressFormFields;
}

/** How a field's name appears in ids and attributes: `line1` → `line-1`, `town` → `town`. */
export function fieldPart(name: AddressFieldName): string {
  return name.replace(/\d$/, '-$&');
}
