/**
 * The normalised address every source is mapped to, and every component and
 * handler speaks. Field names follow the GOV.UK address pattern.
 */
export type AddressLanguage = 'en' | 'cy';

export interface Address {
  /** Unique Property Reference Number: up to 12 digits, kept as a string. Null when the source has none. */
  uprn: string | null;
  organisation: string | null;
  /** Building and street first, then locality: one to four lines. */
  lines: string[];
  town: string;
  county: string | null;
  postcode: string;
  coordinates: { latitude: number; longitude: number } | null;
  /** The language of this record: Welsh records exist for addresses in Wales. */
  language: AddressLanguage;
}

/** The fields of a GOV.UK manual address form, filled from an address. */
export interface AddressFormFields {
  line1: string;
  line2: string;
  town: string;
  county: string;
  postcode: string;
  uprn: string;
}

/** One line for lists and summaries: "Ordnance Survey, 4 Adanac Drive, Nursling, Southampton, SO16 0AS". */
export function addressLabel(address: Address): string {
  return [address.organisation, ...address.lines, address.town, address.postcode].filter(Boolean).join(', ');
}

/**
 * What addresses are put in order by: the building and street before the
 * organisation, so "Ordnance Survey, 4 Adanac Drive" sits between 2A and 10.
 */
export function addressSortKey(address: Address): string {
  return [...address.lines, address.town, address.organisation ?? ''].join(' ');
}

/**
 * Address line 1 is "typically the building and street"; everything else
 * before the town goes to line 2. Lines are not truncated: a council whose
 * back office caps lines (often at 35 characters) does so there.
 */
export function toFormFields(address: Address): AddressFormFields {
  const [line1 = '', ...rest] = [address.organisation, ...address.lines].filter((part): part is string => !!part);
  return {
    line1,
    line2: rest.join(', '),
    town: address.town,
    county: address.county ?? '',
    postcode: address.postcode,
    uprn: address.uprn ?? '',
  };
}

/** Joins non-empty parts with ", ". */
export function joinParts(...parts: (string | null | undefined)[]): string {
  return parts.filter((part): part is string => !!part && part.trim() !== '').join(', ');
}
