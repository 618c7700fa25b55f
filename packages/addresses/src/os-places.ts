import {
  eachOf,
  inRange,
  isString,
  objectOf,
  optional,
  ShapeError,
  type Check,
  type CheckedItems,
} from '@council-components/http/shape.js';
import { joinParts, type Address, type AddressLanguage } from './address.js';
import { textOrNumber, uprnText } from './record-checks.js';
import { tidyCase } from './tidy-case.js';

/** A Delivery Point Address record of OS Places (Royal Mail PAF), the fields we read. */
export interface OsPlacesDpa {
  UPRN: string | number;
  ADDRESS?: string;
  ORGANISATION_NAME?: string;
  DEPARTMENT_NAME?: string;
  SUB_BUILDING_NAME?: string;
  BUILDING_NAME?: string;
  BUILDING_NUMBER?: string | number;
  DEPENDENT_THOROUGHFARE_NAME?: string;
  THOROUGHFARE_NAME?: string;
  DOUBLE_DEPENDENT_LOCALITY?: string;
  DEPENDENT_LOCALITY?: string;
  POST_TOWN: string;
  POSTCODE: string;
  LAT?: number;
  LNG?: number;
  LANGUAGE?: string;
}

/** A Land and Property Identifier record of OS Places (the council gazetteers), the fields we read. */
export interface OsPlacesLpi {
  UPRN: string | number;
  ORGANISATION?: string;
  SAO_START_NUMBER?: string | number;
  SAO_START_SUFFIX?: string;
  SAO_END_NUMBER?: string | number;
  SAO_END_SUFFIX?: string;
  SAO_TEXT?: string;
  PAO_START_NUMBER?: string | number;
  PAO_START_SUFFIX?: string;
  PAO_END_NUMBER?: string | number;
  PAO_END_SUFFIX?: string;
  PAO_TEXT?: string;
  STREET_DESCRIPTION?: string;
  LOCALITY_NAME?: string;
  TOWN_NAME?: string;
  ADMINISTRATIVE_AREA?: string;
  POSTCODE_LOCATOR?: string;
  LAT?: number;
  LNG?: number;
  LANGUAGE?: string;
  /** 1 approved, 3 alternative, 6 provisional (often a new build), 8 historical. */
  LPI_LOGICAL_STATUS_CODE?: string | number;
  CLASSIFICATION_CODE?: string;
}

export type OsPlacesResult = { DPA: OsPlacesDpa } | { LPI: OsPlacesLpi };

export interface OsPlacesResponse {
  header: { totalresults: number; offset?: number; maxresults?: number };
  results?: OsPlacesResult[];
}

const optionalText = optional(isString);
const optionalTextOrNumber = optional(textOrNumber);
const latitude = optional(inRange(-90, 90));
const longitude = optional(inRange(-180, 180));
const uprn: Check<string> = (value, path) => {
  const checked = uprnText(value, path);
  if (checked === undefined) throw new ShapeError(path ?? '$', 'a UPRN of up to 12 digits');
  return checked;
};

/** The fields of a DPA record this package reads, checked; the rest are dropped. */
export const osPlacesDpaShape: Check<OsPlacesDpa> = objectOf({
  UPRN: uprn,
  ORGANISATION_NAME: optionalText,
  DEPARTMENT_NAME: optionalText,
  SUB_BUILDING_NAME: optionalText,
  BUILDING_NAME: optionalText,
  BUILDING_NUMBER: optionalTextOrNumber,
  DEPENDENT_THOROUGHFARE_NAME: optionalText,
  THOROUGHFARE_NAME: optionalText,
  DOUBLE_DEPENDENT_LOCALITY: optionalText,
  DEPENDENT_LOCALITY: optionalText,
  POST_TOWN: isString,
  POSTCODE: isString,
  LAT: latitude,
  LNG: longitude,
  LANGUAGE: optionalText,
});

/** The fields of an LPI record this package reads, checked; the rest are dropped. */
export const osPlacesLpiShape: Check<OsPlacesLpi> = objectOf({
  UPRN: uprn,
  ORGANISATION: optionalText,
  SAO_START_NUMBER: optionalTextOrNumber,
  SAO_START_SUFFIX: optionalText,
  SAO_END_NUMBER: optionalTextOrNumber,
  SAO_END_SUFFIX: optionalText,
  SAO_TEXT: optionalText,
  PAO_START_NUMBER: optionalTextOrNumber,
  PAO_START_SUFFIX: optionalText,
  PAO_END_NUMBER: optionalTextOrNumber,
  PAO_END_SUFFIX: optionalText,
  PAO_TEXT: optionalText,
  STREET_DESCRIPTION: optionalText,
  LOCALITY_NAME: optionalText,
  TOWN_NAME: optionalText,
  ADMINISTRATIVE_AREA: optionalText,
  POSTCODE_LOCATOR: optionalText,
  LAT: latitude,
  LNG: longitude,
  LANGUAGE: optionalText,
  LPI_LOGICAL_STATUS_CODE: optionalTextOrNumber,
  CLASSIFICATION_CODE: optionalText,
});

const resultShape: Check<OsPlacesResult> = (value, path = '$') => {
  if (value !== null && typeof value === 'object' && 'DPA' in value) {
    return { DPA: osPlacesDpaShape(value.DPA, `${path}.DPA`) };
  }
  if (value !== null && typeof value === 'object' && 'LPI' in value) {
    return { LPI: osPlacesLpiShape(value.LPI, `${path}.LPI`) };
  }
  throw new ShapeError(path, 'a DPA or LPI record');
};

/**
 * An OS Places answer, checked record by record: records that do not fit are
 * left out (`results.rejected`), so one bad record never loses the others.
 * `results` is absent when there are none, as OS Places sometimes sends.
 */
export const osPlacesResponseShape: Check<{
  header: { totalresults: number };
  results: CheckedItems<OsPlacesResult> | undefined;
}> = objectOf({
  header: objectOf({ totalresults: inRange(0, Number.MAX_SAFE_INTEGER) }),
  results: optional(eachOf(resultShape)),
});

const text = (value: string | number | undefined): string =>
  value === undefined ? '' : tidyCase(String(value).trim());
const language = (value: string | undefined): AddressLanguage => (value?.toUpperCase() === 'CY' ? 'cy' : 'en');
const coordinates = (record: { LAT?: number; LNG?: number }): Address['coordinates'] =>
  typeof record.LAT === 'number' && typeof record.LNG === 'number'
    ? { latitude: record.LAT, longitude: record.LNG }
    : null;

/**
 * Premises and street into lines: "Flat 2, Harbour View" and "4 Quay Street"
 * become "Flat 2, Harbour View, 4 Quay Street" when both exist, so line 1 is
 * the building and street, as GOV.UK asks.
 */
function premisesLines(premises: string, numberedStreet: string, ...rest: string[]): string[] {
  const first = premises && numberedStreet ? joinParts(premises, numberedStreet) : premises || numberedStreet;
  return [first, ...rest].filter((line) => line !== '');
}

export function fromDpa(dpa: OsPlacesDpa): Address {
  const premises = joinParts(text(dpa.SUB_BUILDING_NAME), text(dpa.BUILDING_NAME));
  const street = text(dpa.DEPENDENT_THOROUGHFARE_NAME) || text(dpa.THOROUGHFARE_NAME);
  const outerStreet = dpa.DEPENDENT_THOROUGHFARE_NAME ? text(dpa.THOROUGHFARE_NAME) : '';
  const number = text(dpa.BUILDING_NUMBER);
  return {
    uprn: String(dpa.UPRN),
    organisation: joinParts(text(dpa.ORGANISATION_NAME), text(dpa.DEPARTMENT_NAME)) || null,
    lines: premisesLines(
      premises,
      [number, street].filter(Boolean).join(' '),
      outerStreet,
      text(dpa.DOUBLE_DEPENDENT_LOCALITY),
      text(dpa.DEPENDENT_LOCALITY),
    ),
    town: text(dpa.POST_TOWN),
    county: null,
    postcode: dpa.POSTCODE.trim().toUpperCase(),
    coordinates: coordinates(dpa),
    language: language(dpa.LANGUAGE),
  };
}

/** "12A-14" from start and end numbers and suffixes. */
function numberRange(start?: string | number, startSuffix?: string, end?: string | number, endSuffix?: string): string {
  const from = start === undefined || start === '' ? '' : `${String(start)}${startSuffix ?? ''}`;
  const to = end === undefined || end === '' ? '' : `${String(end)}${endSuffix ?? ''}`;
  return to ? `${from}-${to}` : from;
}

export function fromLpi(lpi: OsPlacesLpi): Address {
  const sao = joinParts(
    text(lpi.SAO_TEXT),
    numberRange(lpi.SAO_START_NUMBER, lpi.SAO_START_SUFFIX, lpi.SAO_END_NUMBER, lpi.SAO_END_SUFFIX),
  ).replace(/, (\d)/, ' $1');
  const pao = numberRange(lpi.PAO_START_NUMBER, lpi.PAO_START_SUFFIX, lpi.PAO_END_NUMBER, lpi.PAO_END_SUFFIX);
  return {
    uprn: String(lpi.UPRN),
    organisation: text(lpi.ORGANISATION) || null,
    lines: premisesLines(
      joinParts(sao, text(lpi.PAO_TEXT)),
      [pao, text(lpi.STREET_DESCRIPTION)].filter(Boolean).join(' '),
      text(lpi.LOCALITY_NAME),
    ),
    town: text(lpi.TOWN_NAME),
    county: null,
    postcode: (lpi.POSTCODE_LOCATOR ?? '').trim().toUpperCase(),
    coordinates: coordinates(lpi),
    language: language(lpi.LANGUAGE),
  };
}

/**
 * Whether an LPI record is one a resident could live or work at: approved or
 * provisional (a new build), and not a parent shell (a whole block of flats),
 * a street record or an object without a postal address.
 */
export function isResidentAddressable(lpi: OsPlacesLpi): boolean {
  const status = String(lpi.LPI_LOGICAL_STATUS_CODE ?? '1');
  if (status !== '1' && status !== '6') return false;
  return !/^(PP|PS|Z)/.test(lpi.CLASSIFICATION_CODE ?? '');
}

/**
 * One address per UPRN. OS Places returns a DPA and an LPI record for most
 * properties, and English and Welsh records for many in Wales: keep the
 * record in the resident's language, preferring the postal (DPA) one. A UPRN
 * only in the LPI (a new build not yet on the postal file) is kept.
 */
export function mergeByUprn(results: readonly OsPlacesResult[], preferred: AddressLanguage): Address[] {
  const best = new Map<string, { address: Address; score: number }>();
  for (const result of results) {
    const isDpa = 'DPA' in result;
    if (!isDpa && !isResidentAddressable(result.LPI)) continue;
    const address = isDpa ? fromDpa(result.DPA) : fromLpi(result.LPI);
    if (!address.uprn) continue;
    // Language first, then the postal record, then an approved gazetteer record over a provisional one.
    const approved = isDpa || String(result.LPI.LPI_LOGICAL_STATUS_CODE ?? '1') === '1';
    const score = (address.language === preferred ? 4 : 0) + (isDpa ? 2 : 0) + (approved ? 1 : 0);
    const current = best.get(address.uprn);
    if (!current || score > current.score) best.set(address.uprn, { address, score });
  }
  return [...best.values()].map((entry) => entry.address);
}
