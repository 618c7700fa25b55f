import type { CheckedItems, ShapeError } from '@council-components/http/shape.js';
import { UpstreamError } from './upstream-request.js';

export interface RecordsOptions {
  /**
   * Told when an upstream sends records that do not fit their shape and are left out, for the
   * council's logs. Default: one console warning naming the first problem.
   */
  onRejectedRecords?: (upstream: string, rejected: readonly ShapeError[]) => void;
  /** The most records taken from one lookup; the rest are left out. Default 5,000. */
  maxRecords?: number;
}

export const DEFAULT_MAX_RECORDS = 5_000;

const warn = (upstream: string, rejected: readonly ShapeError[]): void => {
  console.warn(
    `[council-components/server] ${upstream}: ${rejected.length} record(s) left out: ${rejected[0]?.message ?? ''}`,
  );
};

/**
 * The records of one lookup (one or more pages) that passed their checks.
 * Records that did not are reported and left out; when every record failed,
 * there is nothing to show and the upstream has failed (`bad-answer`).
 */
export function usableRecords<T>(
  upstream: string,
  pages: readonly (CheckedItems<T> | undefined)[],
  options: RecordsOptions = {},
): T[] {
  const items = pages.flatMap((page) => page?.items ?? []);
  const rejected = pages.flatMap((page) => page?.rejected ?? []);
  if (rejected.length > 0) (options.onRejectedRecords ?? warn)(upstream, rejected);
  if (items.length === 0 && rejected.length > 0) {
    throw new UpstreamError(upstream, 'bad-answer', `sent ${rejected.length} record(s), none usable`);
  }
  return items.slice(0, options.maxRecords ?? DEFAULT_MAX_RECORDS);
}
