import type { FakeService } from './fake-service.ts';
import { delay, isPostal, propertiesAt, scenarioFor } from './fake-properties.ts';

/**
 * A fake of getAddress.io's `GET /find/{postcode}?expand=true&api-key=`:
 * `{ postcode, latitude, longitude, addresses: [...] }`; 401 for a bad key,
 * 400 for an invalid postcode, 404 when there are no addresses, 429 past the
 * limit. It answers CORS requests, as the vendor does for domain-locked keys.
 */
const CORS = { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json' };
const message = (status: number, text: string, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify({ Message: text }), { status, headers: { ...CORS, ...headers } });

export function createGetAddressFake(options: { keys?: readonly string[] } = {}): FakeService {
  const keys = new Set(options.keys ?? ['sandbox-getaddress-key']);
  return async (request) => {
    const url = new URL(request.url);
    const match = /\/find\/([^/]+)$/.exec(url.pathname);
    if (!match?.[1]) return message(404, 'Not found');
    if (!keys.has(url.searchParams.get('api-key') ?? '')) return message(401, 'Invalid API key.');
    const postcode = decodeURIComponent(match[1]).toUpperCase();
    if (!/^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/.test(postcode.trim())) return message(400, 'Postcode is invalid.');
    const scenario = scenarioFor(postcode);
    if (scenario === 'unavailable') return message(503, 'Service unavailable.');
    if (scenario === 'serverError') return message(500, 'Server error.');
    if (scenario === 'rateLimited') return message(429, 'Too many requests.', { 'Retry-After': '30' });
    if (scenario === 'slow') await delay(20_000, request.signal);
    const properties = propertiesAt(postcode).filter(isPostal);
    if (properties.length === 0) return message(404, 'No addresses could be found for this postcode.');
    const title = (text = ''): string => text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (m) => m.toUpperCase());
    const addresses = properties.map((property) => {
      const street = [property.buildingNumber, property.street].filter(Boolean).join(' ');
      const lines = [property.organisation, property.subBuilding, property.buildingName, street]
        .filter((line): line is string => !!line)
        .map(title);
      return {
        formatted_address: [
          ...lines.slice(0, 3),
          property.locality ? title(property.locality) : '',
          title(property.town),
          property.county,
        ].slice(0, 5),
        thoroughfare: title(property.street),
        building_name: title(property.buildingName),
        sub_building_name: title(property.subBuilding),
        sub_building_number: '',
        building_number: property.buildingNumber ?? '',
        line_1: lines[0] ?? '',
        line_2: lines[1] ?? '',
        line_3: lines[2] ?? '',
        line_4: lines[3] ?? '',
        locality: title(property.locality),
        town_or_city: title(property.town),
        county: property.county,
        district: title(property.town),
        country: 'England',
        residential: !property.organisation,
      };
    });
    const first = properties[0];
    return new Response(
      JSON.stringify({
        postcode: first?.postcode ?? postcode,
        latitude: first?.latitude,
        longitude: first?.longitude,
        addresses,
      }),
      { headers: CORS },
    );
  };
}
