import { arrayOf, isNumber, isString, nullable, objectOf, oneOf, type Check } from '@council-components/http/shape.js';
import type { Address } from './address.js';

/**
 * The normalised address as the council's back end sends it
 * (`openapi/addresses.openapi.json` in `@council-components/server`): what
 * the component checks every answer against before showing it.
 */
export const addressShape: Check<Address> = objectOf({
  uprn: nullable(isString),
  organisation: nullable(isString),
  lines: arrayOf(isString),
  town: isString,
  county: nullable(isString),
  postcode: isString,
  coordinates: nullable(objectOf({ latitude: isNumber, longitude: isNumber })),
  language: oneOf('en', 'cy'),
});
