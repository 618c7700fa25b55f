import {
  collectionDays,
  type Collection,
  type CollectionService,
  type PropertyCollections,
} from '@council-components/collections/collections.js';
import { isLocalDate, type LocalDate } from '@council-components/collections/local-date.js';
import { UpstreamError } from '../http/upstream-request.js';

/**
 * The output of the community UKBinCollectionData project for one property (about 350 councils' sites, scraped):
 * `{"bins":[{"type":"Black Bin","collectionDate":"26/08/2026"}]}`. Its bin types are free text, its dates
 * `dd/mm/yyyy`, and an empty list is what a scraper gives when the site changed or blocked it.
 */
export const UKBCD = 'UKBinCollectionData';

/** How a council's free-text bin types become its services. */
export interface ServiceMapping {
  /** The council's services, by id. */
  services: Readonly<Record<string, CollectionService>>;
  /** Bin types as the scraper gives them, to service ids. Case, spaces and punctuation are ignored. */
  types: Readonly<Record<string, string>>;
  /** Services every property has: one missing from an answer makes it `partial`. */
  expected?: readonly string[];
}

const typeKey = (type: string): string =>
  type
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** `26/08/2026` as `2026-08-26`, or undefined when it is not a real date. */
function isoDate(text: string): LocalDate | undefined {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!match) return undefined;
  const date = `${match[3] ?? ''}-${(match[2] ?? '').padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`;
  return isLocalDate(date) ? date : undefined;
}

function binsOf(output: unknown): { type: unknown; collectionDate: unknown }[] {
  const bins: unknown = typeof output === 'object' && output !== null ? Reflect.get(output, 'bins') : undefined;
  if (!Array.isArray(bins)) throw new UpstreamError(UKBCD, 'bad-answer', 'no "bins" list');
  return bins.map((bin: unknown) => {
    const fields: object = typeof bin === 'object' && bin !== null ? bin : {};
    const type: unknown = Reflect.get(fields, 'type');
    const collectionDate: unknown = Reflect.get(fields, 'collectionDate');
    return { type, collectionDate };
  });
}

/**
 * A property's collections from the scraper's output: types mapped to the council's services (an unknown type is
 * shown by its own name, in both languages, as there is no Welsh for it), rows without a real date left out,
 * duplicates merged, past dates dropped. An empty list, or one with nothing from today on, is `unavailable`: the
 * scraper saw no schedule, which is not the same as a property with no collections.
 */
export function collectionsFromUkbcd(
  uprn: string,
  output: unknown,
  mapping: ServiceMapping,
  today: LocalDate,
): PropertyCollections {
  const types = new Map(Object.entries(mapping.types).map(([type, id]) => [typeKey(type), id]));
  const collections: Collection[] = [];
  for (const { type, collectionDate } of binsOf(output)) {
    const date = typeof collectionDate === 'string' ? isoDate(collectionDate) : undefined;
    if (typeof type !== 'string' || !type.trim() || !date) continue;
    const known = mapping.services[types.get(typeKey(type)) ?? ''];
    const service: CollectionService = known ?? {
      id: `other:${typeKey(type)}`,
      label: type.trim(),
      labelCy: type.trim(),
      container: { colour: null, type: null },
    };
    collections.push({ date, originalDate: null, service });
  }
  const days = collectionDays(collections, today);
  if (days.length === 0) return { uprn, status: 'unavailable', missingServices: [], days };
  const present = new Set(days.flatMap(({ services }) => services.map(({ id }) => id)));
  const missingServices = (mapping.expected ?? []).filter((id) => !present.has(id));
  return { uprn, status: missingServices.length > 0 ? 'partial' : 'ok', missingServices, days };
}
