import { arrayOf, isString, matching, nullable, objectOf, oneOf, type Check } from '@council-components/http/shape.js';
import type { PropertyCollections } from './collections.js';

const localDate = matching(/^\d{4}-\d{2}-\d{2}$/, 'a date, YYYY-MM-DD');

/**
 * A property's collections as the council's back end sends them (`openapi/collections.openapi.json` in
 * `@council-components/server`, which has already fitted its source's answer to the contract): what a component
 * checks every answer against before showing it.
 */
export const collectionsShape: Check<PropertyCollections> = objectOf({
  uprn: isString,
  status: oneOf('ok', 'partial', 'unavailable'),
  missingServices: arrayOf(isString),
  days: arrayOf(
    objectOf({
      date: localDate,
      originalDate: nullable(localDate),
      services: arrayOf(
        objectOf({
          id: isString,
          label: isString,
          labelCy: isString,
          container: objectOf({ colour: nullable(isString), type: nullable(isString) }),
        }),
      ),
    }),
  ),
});
