import { eachOf, isString, objectOf, optional, type Check, type CheckedItems } from '@council-components/http/shape.js';
import type { Address } from './address.js';

/** An address of getAddress.io's `find` with `expand=true`, the fields we read. */
export interface GetAddressAddress {
  line_1: string;
  line_2?: string;
  line_3?: string;
  line_4?: string;
  locality?: string;
  town_or_city: string;
  county?: string;
  building_name?: string;
  thoroughfare?: string;
}

export interface GetAddressResponse {
  postcode: string;
  latitude?: number;
  longitude?: number;
  addresses: GetAddressAddress[];
}

/** An address record, checked: the fields this package reads, the rest dropped. */
export const getAddressAddressShape: Check<GetAddressAddress> = objectOf({
  line_1: isString,
  line_2: optional(isString),
  line_3: optional(isString),
  line_4: optional(isString),
  locality: optional(isString),
  town_or_city: isString,
  county: optional(isString),
});

/** A successful answer, checked record by record: records that do not fit are left out (`addresses.rejected`). */
export const getAddressResponseShape: Check<{ postcode: string; addresses: CheckedItems<GetAddressAddress> }> =
  objectOf({ postcode: isString, addresses: eachOf(getAddressAddressShape) });

/** getAddress.io has no UPRN and gives one position for the whole postcode, so neither is set. */
export function fromGetAddress(record: GetAddressAddress, postcode: string): Address {
  const lines = [record.line_1, record.line_2, record.line_3, record.line_4, record.locality]
    .map((line) => line?.trim() ?? '')
    .filter((line, index, all) => line !== '' && all.indexOf(line) === index);
  return {
    uprn: null,
    organisation: null,
    lines,
    town: record.town_or_city.trim(),
    county: record.county?.trim() || null,
    postcode: postcode.trim().toUpperCase(),
    coordinates: null,
    language: 'en',
  };
}
