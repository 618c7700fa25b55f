import type {
  CollectionDay,
  CollectionService,
  CollectionStatus,
  PropertyCollections,
} from '@council-components/collections/collections.js';
import { isLocalDate } from '@council-components/collections/local-date.js';

const field = (value: unknown, name: string): unknown =>
  typeof value === 'object' && value !== null ? Reflect.get(value, name) : undefined;
const text = (value: unknown, limit = 200): value is string =>
  typeof value === 'string' && value.trim() !== '' && value.length <= limit;
const textOrNull = (value: unknown): value is string | null => value === null || text(value, 64);
const STATUSES: readonly unknown[] = ['ok', 'partial', 'unavailable'] satisfies CollectionStatus[];

function serviceOf(value: unknown): CollectionService | undefined {
  const [id, label, labelCy, container] = ['id', 'label', 'labelCy', 'container'].map((name) => field(value, name));
  const [colour, type] = [field(container, 'colour'), field(container, 'type')];
  if (!text(id, 64) || !text(label) || !text(labelCy) || !textOrNull(colour) || !textOrNull(type)) return undefined;
  return { id, label, labelCy, container: { colour, type } };
}

function dayOf(value: unknown): CollectionDay | undefined {
  const [date, originalDate, services] = ['date', 'originalDate', 'services'].map((name) => field(value, name));
  if (!isLocalDate(date) || !(originalDate === null || isLocalDate(originalDate)) || !Array.isArray(services)) {
    return undefined;
  }
  const kept = services.flatMap((service: unknown) => serviceOf(service) ?? []);
  return kept.length > 0 ? { date, originalDate, services: kept } : undefined;
}

/**
 * A council endpoint's answer as the contract's `PropertyCollections` for `uprn`, or undefined when it is not one:
 * the last check before residents see it. A service without its Welsh label, or a day without a real date, is
 * left out (and the answer is then `partial` at best); an answer for another UPRN is not this property's.
 */
export function fitCollections(body: unknown, uprn: string): PropertyCollections | undefined {
  const [status, missing, days] = ['status', 'missingServices', 'days'].map((name) => field(body, name));
  if (field(body, 'uprn') !== uprn || !STATUSES.includes(status) || !Array.isArray(days)) return undefined;
  const missingServices = Array.isArray(missing) ? missing.filter((id: unknown): id is string => text(id, 64)) : [];
  const kept = days.flatMap((day: unknown) => dayOf(day) ?? []);
  const given = days.reduce((count: number, day: unknown) => {
    const services = field(day, 'services');
    return count + (Array.isArray(services) ? services.length : 1);
  }, 0);
  const lost = kept.reduce((count, day) => count + day.services.length, 0) < given;
  return {
    uprn,
    status: lost && status === 'ok' ? 'partial' : (status as CollectionStatus),
    missingServices,
    days: kept,
  };
}
