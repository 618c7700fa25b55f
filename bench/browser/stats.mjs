// Medians, 90th percentiles, the rows of the report and their tables.

/**
 * @typedef {{ id: string, label: string, section: string, unit: string, ours: number, anchor: string,
 *   anchorValue: number, ratio: number | null, oursP90?: number, anchorP90?: number, runs?: number }} Row
 */

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
 * ours ÷ anchor, rounded to 2 decimals; null when the anchor measured 0 (no ratio exists).
 * @param {number} ours
 * @param {number} anchor
 */
export const ratioOf = (ours, anchor) => (anchor === 0 ? null : round(ours / anchor, 2));

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
  };
}

/** @param {number | undefined} value @param {string} unit */
const shown = (value, unit) => (value === undefined ? '' : unit === 'CLS' ? value.toFixed(4) : value.toFixed(1));

/**
 * One Markdown table per section.
 * @param {readonly Row[]} rows
 * @returns {string}
 */
export function tables(rows) {
  const sections = [...new Set(rows.map((row) => row.section))];
  return sections
    .map((section) => {
      const lines = [
        `### ${section}`,
        '',
        '| Measure | Unit | Ours (median) | Ours p90 | Anchor | Anchor (median) | Anchor p90 | × anchor | Runs |',
        '| --- | --- | ---: | ---: | --- | ---: | ---: | ---: | ---: |',
      ];
      for (const row of rows.filter((candidate) => candidate.section === section)) {
        lines.push(
          `| ${row.label} (\`${row.id}\`) | ${row.unit} | ${shown(row.ours, row.unit)} | ${shown(row.oursP90, row.unit)} | ${row.anchor} | ${shown(row.anchorValue, row.unit)} | ${shown(row.anchorP90, row.unit)} | ${row.ratio === null ? 'n/a' : row.ratio.toFixed(2)} | ${row.runs ?? ''} |`,
        );
      }
      return lines.join('\n');
    })
    .join('\n\n');
}
