import { eachOf, isString, objectOf, optional, type Check, type CheckedItems } from '@council-components/http/shape.js';
import type { Address } from './address.js';
import { textOrNumber, uprnText } from './record-checks.js';

/** An address of Ideal Postcodes' postcode lookup, the fields we read. */
export interface IdealPostcodesAddress {
  postcode: string;
  post_town: string;
  line_1: string;
  line_2?: string;
  line_3?: string;
  organisation_name?: string;
  county?: string;
  uprn?: string | number;
  latitude?: number | string;
  longitude?: number | string;
}

export interface IdealPostcodesResponse {
  result: IdealPostcodesAddress[];
  code: number;
  message: string;
}

/** An address record, checked: the fields this package reads, the rest dropped. */
export const idealPostcodesAddressShape: Check<IdealPostcodesAddress> = objectOf({
  postcode: isString,
  post_town: isString,
  line_1: isString,
  line_2: optional(isString),
  line_3: optional(isString),
  organisation_name: optional(isString),
  county: optional(isString),
  uprn: optional(uprnText),
  latitude: optional(textOrNumber),
  longitude: optional(textOrNumber),
});

/** A successful answer, checked record by record: records that do not fit are left out (`result.rejected`). */
export const idealPostcodesResponseShape: Check<{ result: CheckedItems<IdealPostcodesAddress> }> = objectOf({
  result: eachOf(idealPostcodesAddressShape),
});

/** Ideal Postcodes' own code in any answer (2000 success, 4040 no such postcode, 4010 and 4011 key problems). */
export function idealPostcodesCodeOf(body: unknown): number | undefined {
  const code: unknown = body !== null && typeof body === 'object' && 'code' in body ? body.code : undefined;
  return typeof code === 'number' ? code : undefined;
}

const number = (value: number | string | undefined): number | null => {
  // "" means the premise has no position; Number("") would make it 0, in the sea off Ghana.
  const parsed = typeof value === 'string' ? (value.trim() === '' ? null : Number(value)) : value;
  return typeof parsed === 'number' && Number.isFinite(parsed) ? parsed : null;
};

export function fromIdealPostcodes(record: IdealPostcodesAddress): Address {
  const organisation = record.organisation_name?.trim() || null;
  const lines = [record.line_1, record.line_2, record.line_3]
    .map((line) => line?.trim() ?? '')
    .filter((line) => line !== '' && line !== organisation);
  const latitude = number(record.latitude);
  const longitude = number(record.longitude);
  return {
    uprn: record.uprn === undefined || record.uprn === '' ? null : String(record.uprn),
    organisation,
    lines,
    town: record.post_town.trim(),
    county: record.county?.trim() || null,
    postcode: record.postcode.trim().toUpperCase(),
    coordinates: latitude !== null && longitude !== null ? { latitude, longitude } : null,
    language: 'en',
  };
}
