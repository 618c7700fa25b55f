import { isNumber, isString, ShapeError, type Check } from '@council-components/http/shape.js';

/** A field that address datasets send as text or as a number (`BUILDING_NUMBER`, Ideal Postcodes' coordinates). */
export const textOrNumber: Check<string | number> = (value, path) =>
  typeof value === 'number' ? isNumber(value, path) : isString(value, path);

/**
 * A UPRN, sent as a number or as text: up to 12 digits, kept as text (see
 * ADR 0002). `''` (a vendor's "no UPRN") is undefined; anything else is refused.
 */
export const uprnText: Check<string | undefined> = (value, path) => {
  const text = String(textOrNumber(value, path)).trim();
  if (text === '') return undefined;
  if (!/^\d{1,12}$/.test(text)) throw new ShapeError(path ?? '$', 'a UPRN of up to 12 digits');
  return text;
};
