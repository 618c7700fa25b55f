import type { Address } from '@council-components/addresses/address.js';

const isText = (value: unknown): value is string => typeof value === 'string';
const isTextOrNull = (value: unknown): boolean => value === null || isText(value);
const within = (value: unknown, limit: number): boolean =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit;

/**
 * An address as it may be served, fitting the `Address` schema of
 * `openapi/addresses.openapi.json`, or why it may not be: the last check
 * before a 200, so that whatever an upstream sent and an adapter made of it, a
 * component never receives a UPRN of `undefined`, a latitude of 999 or an
 * address with no lines. Coordinates out of range are dropped (the address is
 * still one a resident can choose); anything else wrong leaves the address out.
 */
export function fitToContract(address: Address): { address: Address; problem?: string } | { problem: string } {
  const problem = contractProblem(address);
  if (problem === undefined) return { address };
  if (problem === COORDINATES) return { address: { ...address, coordinates: null }, problem };
  return { problem };
}

const COORDINATES = 'coordinates are out of range';

function contractProblem(address: Address): string | undefined {
  const { uprn, lines, coordinates } = address;
  if (!(uprn === null || (isText(uprn) && /^[0-9]{1,12}$/.test(uprn)))) return 'uprn is not up to 12 digits';
  if (!Array.isArray(lines) || lines.length < 1 || lines.length > 5) return 'lines are not 1 to 5';
  if (!lines.every((line) => isText(line) && line.length > 0)) return 'a line is empty';
  if (!isText(address.town) || !isText(address.postcode)) return 'town or postcode is not text';
  if (!isTextOrNull(address.organisation) || !isTextOrNull(address.county)) return 'organisation or county is not text';
  if (coordinates !== null && !(within(coordinates.latitude, 90) && within(coordinates.longitude, 180))) {
    return COORDINATES;
  }
  const language: unknown = address.language;
  if (language !== 'en' && language !== 'cy') return 'language is not en or cy';
  return undefined;
}
