import type { FakeService } from './fake-service.ts';
import { delay, isPostal, propertiesAt, scenarioFor } from './fake-properties.ts';

/**
 * A fake of Ideal Postcodes' `GET /v1/postcodes/{postcode}?api_key=`:
 * `{ result, code: 2000, message: "Success" }`; 4010 for an invalid key,
 * 4011 for a key locked to other domains, 4040 for a postcode with no
 * addresses. Browsers may call it directly (keys can be locked to a domain),
 * so it answers CORS requests.
 */
export interface IdealPostcodesFakeOptions {
  /** Valid keys, and the origins each is locked to (empty: any). `iddqd` is the vendor's test key. */
  keys?: Readonly<Record<string, readonly string[]>>;
}

const CORS = { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json' };
const answer = (status: number, code: number, message: string, result?: unknown): Response =>
  new Response(JSON.stringify({ code, message, ...(result === undefined ? {} : { result }) }), {
    status,
    headers: CORS,
  });

export function createIdealPostcodesFake(options: IdealPostcodesFakeOptions = {}): FakeService {
  const keys = options.keys ?? { iddqd: [] };
  return async (request) => {
    const url = new URL(request.url);
    const match = /\/v1\/postcodes\/([^/]+)$/.exec(url.pathname);
    if (!match?.[1]) return answer(404, 4044, 'Resource not found');
    const key = url.searchParams.get('api_key') ?? '';
    const origins = keys[key];
    if (!origins) return answer(401, 4010, 'Invalid API Key. Check your API key is correct');
    const origin = request.headers.get('origin');
    if (origins.length > 0 && origin && !origins.includes(origin)) {
      return answer(401, 4011, 'Request URL not allowed for this key');
    }
    const postcode = decodeURIComponent(match[1]);
    const scenario = scenarioFor(postcode);
    if (scenario === 'unavailable') return answer(503, 5030, 'Service unavailable');
    if (scenario === 'serverError') return answer(500, 5000, 'Internal server error');
    if (scenario === 'rateLimited') {
      return new Response(JSON.stringify({ code: 4290, message: 'Rate limit reached' }), {
        status: 429,
        headers: { ...CORS, 'Retry-After': '30' },
      });
    }
    if (scenario === 'slow') await delay(20_000, request.signal);
    const properties = propertiesAt(postcode);
    if (properties.length === 0) return answer(404, 4040, 'Postcode not found');
    const result = properties.filter(isPostal).map((property) => {
      const premises = [property.subBuilding, property.buildingName].filter(Boolean).join(', ');
      const street = [property.buildingNumber, property.street].filter(Boolean).join(' ');
      const lines = [premises, street, property.locality].filter((line): line is string => !!line);
      const title = (text: string): string => text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (m) => m.toUpperCase());
      return {
        postcode: property.postcode,
        post_town: property.town,
        line_1: title(lines[0] ?? ''),
        line_2: title(lines[1] ?? ''),
        line_3: title(lines[2] ?? ''),
        premise: title(premises || (property.buildingNumber ?? '')),
        organisation_name: property.organisation ? title(property.organisation) : '',
        building_name: property.buildingName ? title(property.buildingName) : '',
        building_number: property.buildingNumber ?? '',
        sub_building_name: property.subBuilding ? title(property.subBuilding) : '',
        thoroughfare: title(property.street),
        dependant_locality: property.locality ? title(property.locality) : '',
        udprn: Number(property.uprn.slice(-8)),
        uprn: property.uprn,
        latitude: property.geocoded === false ? '' : property.latitude,
        longitude: property.geocoded === false ? '' : property.longitude,
        county: property.county,
        district: property.town,
      };
    });
    return answer(200, 2000, 'Success', result);
  };
}
