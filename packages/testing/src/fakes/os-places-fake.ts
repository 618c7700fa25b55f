import type { FakeService } from './fake-service.ts';
import { delay, isPostal, propertiesAt, scenarioFor, type FakeProperty } from './fake-properties.ts';

/**
 * A fake of the OS Places API `postcode` endpoint that behaves like the real
 * one (see shared/reference/upstreams.md): the key as a `key` header or query
 * parameter; `maxresults` 1–100 and `offset` paging with `header.totalresults`;
 * `dataset` (DPA, LPI or both), `lr` (EN, CY or both), `output_srs`; no match
 * as `totalresults: 0` with `results` absent (or `[]`, as some releases send);
 * errors as `{ error: { statuscode, message } }`; 429 past the per-minute limit.
 */
export interface OsPlacesFakeOptions {
  keys?: readonly string[];
  /** Requests a minute per key; the live service allows 600, development projects 50. */
  perMinute?: number;
  /** How "no results" looks: `results` left out (default) or an empty array. */
  noResults?: 'absent' | 'empty';
  now?: () => number;
}

export interface OsPlacesFake {
  handler: FakeService;
  /** Every URL requested, for tests that check the key never travels in one. */
  requestedUrls: string[];
}

const error = (status: number, message: string, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify({ error: { statuscode: status, message } }), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

function dpa(property: FakeProperty, welsh: boolean, wgs84: boolean): Record<string, unknown> {
  const street = welsh && property.welsh ? property.welsh.street : property.street;
  const town = welsh && property.welsh ? property.welsh.town : property.town;
  const parts = [
    property.organisation,
    property.subBuilding,
    property.buildingName,
    [property.buildingNumber, street].filter(Boolean).join(' '),
    property.locality,
    town,
    property.postcode,
  ].filter(Boolean);
  return {
    UPRN: property.uprn,
    UDPRN: property.uprn.slice(-8),
    ADDRESS: parts.join(', '),
    ...(property.organisation ? { ORGANISATION_NAME: property.organisation } : {}),
    ...(property.subBuilding ? { SUB_BUILDING_NAME: property.subBuilding } : {}),
    ...(property.buildingName ? { BUILDING_NAME: property.buildingName } : {}),
    ...(property.buildingNumber ? { BUILDING_NUMBER: property.buildingNumber } : {}),
    THOROUGHFARE_NAME: street,
    ...(property.locality ? { DEPENDENT_LOCALITY: property.locality } : {}),
    POST_TOWN: town,
    POSTCODE: property.postcode,
    RPC: '1',
    ...coordinates(property, wgs84),
    STATUS: 'APPROVED',
    LOGICAL_STATUS_CODE: '1',
    CLASSIFICATION_CODE: property.organisation ? 'CO01' : 'RD04',
    CLASSIFICATION_CODE_DESCRIPTION: property.organisation ? 'Office / Work Studio' : 'Terraced',
    LOCAL_CUSTODIAN_CODE: 1760,
    LOCAL_CUSTODIAN_CODE_DESCRIPTION: town,
    COUNTRY_CODE: welsh ? 'W' : 'E',
    POSTAL_ADDRESS_CODE: 'D',
    BLPU_STATE_CODE: null,
    LAST_UPDATE_DATE: '10/02/2016',
    LANGUAGE: welsh ? 'CY' : 'EN',
    MATCH: 1,
    MATCH_DESCRIPTION: 'EXACT',
  };
}

function lpi(property: FakeProperty, welsh: boolean, wgs84: boolean): Record<string, unknown> {
  const street = welsh && property.welsh ? property.welsh.street : property.street;
  const town = welsh && property.welsh ? property.welsh.town : property.town;
  const flat = property.subBuilding?.match(/^(\D*?)\s*(\d+)$/);
  return {
    UPRN: property.uprn,
    USRN: '17700001',
    ...(flat
      ? { SAO_TEXT: flat[1], SAO_START_NUMBER: flat[2] }
      : property.subBuilding
        ? { SAO_TEXT: property.subBuilding }
        : {}),
    ...(property.buildingNumber ? { PAO_START_NUMBER: property.buildingNumber.replace(/\D+$/, '') } : {}),
    ...(property.buildingNumber && /\D$/.test(property.buildingNumber)
      ? { PAO_START_SUFFIX: property.buildingNumber.replace(/^\d+/, '') }
      : {}),
    ...(property.buildingName ? { PAO_TEXT: property.buildingName } : {}),
    ...(property.organisation ? { ORGANISATION: property.organisation } : {}),
    STREET_DESCRIPTION: street,
    ...(property.locality ? { LOCALITY_NAME: property.locality } : {}),
    TOWN_NAME: town,
    ADMINISTRATIVE_AREA: town,
    POSTCODE_LOCATOR: property.postcode,
    ...coordinates(property, wgs84),
    LANGUAGE: welsh ? 'CY' : 'EN',
    LPI_LOGICAL_STATUS_CODE: property.lpiStatus ?? (property.gazetteerOnly ? '6' : '1'),
    CLASSIFICATION_CODE: property.classification ?? (property.organisation ? 'CO01' : 'RD04'),
    MATCH: 1,
  };
}

function coordinates(property: FakeProperty, wgs84: boolean): Record<string, number> {
  if (wgs84) return { LAT: property.latitude, LNG: property.longitude };
  // A rough British National Grid position: enough for a fake.
  return {
    X_COORDINATE: Math.round(400000 + (property.longitude + 2) * 70000),
    Y_COORDINATE: Math.round((property.latitude - 49.77) * 111000),
  };
}

export function createOsPlacesFake(options: OsPlacesFakeOptions = {}): OsPlacesFake {
  const keys = new Set(options.keys ?? ['sandbox-os-key']);
  const perMinute = options.perMinute ?? 600;
  const now = options.now ?? Date.now;
  const windows = new Map<string, { start: number; count: number }>();
  const requestedUrls: string[] = [];

  const handler: FakeService = async (request) => {
    requestedUrls.push(request.url);
    const url = new URL(request.url);
    if (!url.pathname.endsWith('/postcode')) return error(404, 'Resource not found.');
    const key = request.headers.get('key') ?? url.searchParams.get('key');
    if (!key || !keys.has(key)) return error(401, 'Missing or unsupported API key provided.');

    const window = windows.get(key);
    const minute = Math.floor(now() / 60_000) * 60_000;
    if (!window || window.start !== minute) windows.set(key, { start: minute, count: 1 });
    else if (++window.count > perMinute) {
      return error(429, 'Rate limit exceeded.', { 'Retry-After': String(Math.ceil((minute + 60_000 - now()) / 1000)) });
    }

    const postcode = (url.searchParams.get('postcode') ?? '').trim();
    const compact = postcode.replace(/\s+/g, '').toUpperCase();
    if (!/^[A-Z]{1,2}\d[A-Z\d]?\d/.test(compact)) {
      return error(
        400,
        `Requested postcode must contain a minimum of the sector plus 1 digit of the district e.g. SO1. Requested postcode was ${postcode}`,
      );
    }
    const maxresults = Number(url.searchParams.get('maxresults') ?? '100');
    const offset = Number(url.searchParams.get('offset') ?? '0');
    if (!Number.isInteger(maxresults) || maxresults < 1 || maxresults > 100) {
      return error(400, 'Requested maxresults must be within range [1, 100].');
    }
    if (!Number.isInteger(offset) || offset < 0) return error(400, 'Requested offset must be a positive integer.');

    const scenario = scenarioFor(postcode);
    if (scenario === 'unavailable') return error(503, 'Service temporarily unavailable.');
    if (scenario === 'serverError') return error(500, 'Internal server error.');
    if (scenario === 'rateLimited') return error(429, 'Rate limit exceeded.', { 'Retry-After': '30' });
    if (scenario === 'slow') await delay(20_000, request.signal);

    const datasets = (url.searchParams.get('dataset') ?? 'DPA').toUpperCase().split(',');
    const languages = (url.searchParams.get('lr') ?? 'EN,CY').toUpperCase().split(',');
    const wgs84 = url.searchParams.get('output_srs') === 'EPSG:4326';

    const all: Record<string, unknown>[] = [];
    for (const property of propertiesAt(compact)) {
      for (const welsh of property.welsh ? [false, true] : [false]) {
        if (!languages.includes(welsh ? 'CY' : 'EN')) continue;
        if (datasets.includes('DPA') && isPostal(property)) all.push({ DPA: dpa(property, welsh, wgs84) });
        if (datasets.includes('LPI')) all.push({ LPI: lpi(property, welsh, wgs84) });
      }
    }
    const page = all.slice(offset, offset + maxresults);
    const header = {
      uri: url.toString().replace(/([?&])key=[^&]*/, '$1key=***'),
      query: `postcode=${postcode}`,
      offset,
      totalresults: all.length,
      format: 'JSON',
      dataset: datasets.join(','),
      lr: languages.join(','),
      maxresults,
      epoch: '117',
      lastupdate: '2026-11-20',
      output_srs: wgs84 ? 'EPSG:4326' : 'EPSG:27700',
    };
    const body =
      all.length === 0 && (options.noResults ?? 'absent') === 'absent' ? { header } : { header, results: page };
    return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json;charset=UTF-8' } });
  };

  return { handler, requestedUrls };
}
