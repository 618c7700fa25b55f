import type { Address } from './address.js';

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
