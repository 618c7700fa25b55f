import { inRange, isNumber, matching, objectOf, oneOf, ShapeError, type Check } from './shape.js';

/**
 * The adoption beacon: what a page with Council Components tells the sector's collector, at most once per page per
 * package. No identifier, no user content, no path: the page's origin only (docs/adr/0010).
 *
 * ```json
 * { "v": 1, "package": "@council-components/booking", "version": "0.3.1", "delivery": "script-tag",
 *   "elements": { "council-booking": 1 }, "origin": "https://www.cardiff.gov.uk", "sample": 1 }
 * ```
 */
export interface AdoptionBeacon {
  /** The beacon's schema version. */
  v: 1;
  /** The npm package, `@council-components/…`. */
  package: string;
  /** The package's version, semver. */
  version: string;
  /** How the page loaded it: its own build from npm, the script-tag bundle, or the loader. */
  delivery: AdoptionDelivery;
  /** Each element tag of the package on the page, with how many there are. */
  elements: Record<string, number>;
  /** The page's origin (`https://www.example.gov.uk`), never its path, query, hash, title or referrer. */
  origin: string;
  /** The share of pages that send a beacon (1: every page); the collector counts each beacon as 1 / sample pages. */
  sample: number;
}

export const ADOPTION_DELIVERIES = ['npm', 'script-tag', 'loader'] as const;
export type AdoptionDelivery = (typeof ADOPTION_DELIVERIES)[number];

/** The largest beacon the collector reads, in bytes: a real one is about 200. */
export const ADOPTION_BEACON_MAX_BYTES = 1024;

/** Semver 2.0.0, as npm publishes it (`0.3.1`, `1.0.0-beta.2`). */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
const PACKAGE = /^@council-components\/[a-z][a-z0-9-]{0,63}$/;
const TAG = /^council-[a-z][a-z0-9-]{0,63}$/;
/** An origin as `location.origin` writes it: scheme, host, and a port only when not the default. */
const ORIGIN = /^https?:\/\/[a-z0-9.-]{1,253}(?::\d{1,5})?$|^https?:\/\/\[[0-9a-f:.]{2,45}\](?::\d{1,5})?$/;

const elementCounts: Check<Record<string, number>> = (value, path = '$') => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ShapeError(path, 'an object');
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0 || entries.length > 16) throw new ShapeError(path, 'from 1 to 16 element tags');
  const counts: Record<string, number> = {};
  for (const [tag, count] of entries) {
    matching(TAG, 'a council-* tag')(tag, `${path}.${tag}`);
    const checked = isNumber(count, `${path}.${tag}`);
    if (!Number.isInteger(checked) || checked < 1 || checked > 10_000)
      throw new ShapeError(`${path}.${tag}`, 'a whole number from 1 to 10000');
    counts[tag] = checked;
  }
  return counts;
};

/**
 * Every field a version 1 beacon has. The collector refuses a beacon with any other: a client that needs more
 * says so with a new `v`, so a field can never be sent that the collector silently drops.
 */
export const ADOPTION_BEACON_FIELDS = ['v', 'package', 'version', 'delivery', 'elements', 'origin', 'sample'] as const;

/** The beacon, checked as the collector reads it: anything else is refused. */
export const adoptionBeaconShape: Check<AdoptionBeacon> = objectOf({
  v: oneOf(1),
  package: matching(PACKAGE, 'a @council-components package'),
  version: matching(SEMVER, 'a semver version'),
  delivery: oneOf(...ADOPTION_DELIVERIES),
  elements: elementCounts,
  origin: matching(ORIGIN, 'an origin'),
  sample: inRange(0.0001, 1),
});
