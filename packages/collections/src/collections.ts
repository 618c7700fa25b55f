import { daysBetween, type LocalDate } from './local-date.js';

/**
 * The normalised collections contract (`packages/server/openapi/collections.openapi.json`): what a council's
 * back end says about one property's bin collections, whatever its source. Our proposal for the sector's data
 * standard; the README maps it to the 2015–16 Local Waste Service Standards.
 */

/** What is collected, in English and Welsh, and the container a resident puts out. */
export interface CollectionService {
  /** The council's own id for the service: `refuse`, `recycling`, `food`, `garden`. */
  id: string;
  label: string;
  labelCy: string;
  /** The container, as residents know it: colour (`black`, `blue`) and type (`wheelie bin`, `caddy`, `bag`). */
  container: { colour: string | null; type: string | null };
}

/** One day's collections. `originalDate` is the usual day when this one was moved (a bank holiday), else null. */
export interface CollectionDay {
  date: LocalDate;
  originalDate: LocalDate | null;
  services: CollectionService[];
}

/**
 * `ok`: every service the council runs for the property is here. `partial`: some are missing (their ids in
 * `missingServices`). `unavailable`: the source could not say (down, blocking us, or it answered with nothing);
 * never the same as a property with no collections, which is `ok` with no days.
 */
export type CollectionStatus = 'ok' | 'partial' | 'unavailable';

export interface PropertyCollections {
  uprn: string;
  status: CollectionStatus;
  missingServices: string[];
  days: CollectionDay[];
}

/** One service on one date, as sources give them before they are grouped. */
export interface Collection {
  date: LocalDate;
  originalDate: LocalDate | null;
  service: CollectionService;
}

/**
 * Collections grouped by date, in date order, from `today` on (past dates dropped), each service once per date
 * (duplicates merged, the first kept), services in the order first given.
 */
export function collectionDays(collections: readonly Collection[], today: LocalDate): CollectionDay[] {
  const byDate = new Map<LocalDate, CollectionDay>();
  for (const { date, originalDate, service } of collections) {
    if (daysBetween(today, date) < 0) continue;
    let day = byDate.get(date);
    if (!day) byDate.set(date, (day = { date, originalDate, services: [] }));
    day.originalDate ??= originalDate;
    if (!day.services.some((known) => known.id === service.id)) day.services.push(service);
  }
  return [...byDate.values()].sort((a, b) => daysBetween(b.date, a.date));
}
