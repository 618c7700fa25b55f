// Medians and percentiles of repeated measurements, and the report's rows made from them (report.mjs says the
// rows' shape and writes them out).
import { ratioOf } from './report.mjs';

/** @typedef {import('./report.mjs').Row} Row */

/**
 * The value at quantile `q` (0–1) of `values`, interpolated between the nearest two.
 * @param {readonly number[]} values
 * @param {number} q
 */
export function quantile(values, q) {
  if (values.length === 0) throw new Error('quantile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/** @param {readonly number[]} values */
export const median = (values) => quantile(values, 0.5);

/** @param {number} value @param {number} digits */
const round = (value, digits) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * A row from one figure each (sizes).
 * @param {Omit<Row, 'ratio' | 'oursP90' | 'anchorP90' | 'runs'>} row
 * @returns {Row}
 */
export function fixedRow(row) {
  return {
    ...row,
    ours: round(row.ours, 2),
    anchorValue: round(row.anchorValue, 2),
    ratio: ratioOf(row.ours, row.anchorValue),
  };
}

/**
 * A row from repeated measurements: medians, p90s and the number of runs.
 * @param {{ id: string, label: string, section: string, unit: string, anchor: string }} row
 * @param {readonly number[]} ours
 * @param {readonly number[]} anchor
 * @returns {Row}
 */
export function measuredRow(row, ours, anchor) {
  const digits = row.unit === 'CLS' ? 4 : 2;
  const oursMedian = median(ours);
  const anchorMedian = median(anchor);
  return {
    ...row,
    ours: round(oursMedian, digits),
    anchorValue: round(anchorMedian, digits),
    ratio: ratioOf(oursMedian, anchorMedian),
    oursP90: round(quantile(ours, 0.9), digits),
    anchorP90: round(quantile(anchor, 0.9), digits),
    runs: Math.min(ours.length, anchor.length),
    ...pairedRatios(ours, anchor),
  };
}

/**
 * Each run's own ratio, ours over the anchor measured beside it, in the same state of the machine: their median
 * and their 10th and 90th percentiles. The runs are interleaved, so a slow minute slows both of a pair, and how far
 * the pairs spread says whether a ratio near 1 is a difference or noise. None when the runs do not pair up or an
 * anchor measured 0.
 * @param {readonly number[]} ours
 * @param {readonly number[]} anchor
 * @returns {{ pairedRatio?: number, pairedP10?: number, pairedP90?: number }}
 */
export function pairedRatios(ours, anchor) {
  if (ours.length === 0 || ours.length !== anchor.length || anchor.some((value) => value === 0)) return {};
  const ratios = ours.map((value, index) => value / (anchor[index] ?? Number.NaN));
  return {
    pairedRatio: round(median(ratios), 2),
    pairedP10: round(quantile(ratios, 0.1), 2),
    pairedP90: round(quantile(ratios, 0.9), 2),
  };
}
