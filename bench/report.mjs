// The benchmark report: rows in, markdown out. Pure (no files, no clock, no machine), so that what a person reads in
// bench/REPORT.md is tested (report.test.mjs). Also the row shape every *.bench.mjs writes with `--json FILE`:
//
//   { "results": [Row...], "notes": [string...] }
//   Row = { id, label, section, unit, ours, anchor, anchorValue, ratio, better?, oursP90?, anchorP90?, runs?,
//           pairedRatio?, pairedP10?, pairedP90? }
//
// `ratio` is ours / anchorValue, rounded to 2 decimals (null when the anchor measured 0). `better` says which way is good: "lower" (the default: times,
// bytes, memory) or "higher" (requests, inserts or beacons a second), so a ratio is never read the wrong way round.

/** The report's sections, in the order they are printed. */
export const SECTIONS = ['Bytes', 'Start-up', 'Search', 'Memory', 'Back end', 'Gazetteer', 'Storage', 'Collector'];

/**
 * @typedef {object} Row
 * @property {string} id Stable, dotted: `server.addresses.cached`.
 * @property {string} label What a person reads in the report.
 * @property {string} section One of SECTIONS.
 * @property {string} unit `ms`, `s`, `MiB`, `B`, `req/s`, `inserts/s`…
 * @property {number} ours
 * @property {string} anchor What ours is measured beside.
 * @property {number} anchorValue
 * @property {number | null} ratio ours / anchorValue, 2 decimals; null when the anchor measured 0.
 * @property {'lower' | 'higher'} [better] Which way is good; lower when absent.
 * @property {number} [oursP90]
 * @property {number} [anchorP90]
 * @property {number} [runs]
 * @property {number} [pairedRatio] The median of each interleaved run's own ratio (stats.mjs, `pairedRatios`).
 * @property {number} [pairedP10] Their 10th percentile.
 * @property {number} [pairedP90] Their 90th percentile.
 */

/**
 * @typedef {object} BenchmarkRun
 * @property {string} name The script: `server.bench.mjs`.
 * @property {readonly string[]} sections The sections its rows fill.
 * @property {'ok' | 'failed' | 'skipped'} status failed: it wrote no rows.
 * @property {number | null} [exitCode]
 * @property {string} [tail] The last lines it printed, for a failure or a non-zero exit.
 * @property {string} [reason] Why it was skipped.
 */

/** A row with its ratio worked out (ours / anchorValue, 2 decimals). */
export function benchRow(/** @type {Omit<Row, 'ratio'>} */ fields) {
  return { ...fields, ratio: ratioOf(fields.ours, fields.anchorValue) };
}

export function ratioOf(/** @type {number} */ ours, /** @type {number} */ anchorValue) {
  return anchorValue === 0 ? null : Math.round((ours / anchorValue) * 100) / 100;
}

/** The file `--json FILE` names, if any. */
export function jsonFileOf(/** @type {readonly string[]} */ argv) {
  const at = argv.indexOf('--json');
  return at === -1 ? undefined : argv[at + 1];
}

/** A number as people read it: thousands separators; up to 2 decimals under 10, 1 under 100, none above. */
export function formatNumber(/** @type {number} */ value) {
  if (!Number.isFinite(value)) return String(value);
  const size = Math.abs(value);
  const decimals = size >= 100 ? 0 : size >= 10 ? 1 : 2;
  return value.toLocaleString('en-GB', { maximumFractionDigits: decimals });
}

const withUnit = (/** @type {number} */ value, /** @type {string} */ unit) => `${formatNumber(value)} ${unit}`;

/** The ratio as `0.91×`, always 2 decimals; `—` when there is none (an anchor that measured 0). */
export const formatRatio = (/** @type {number | null} */ ratio) =>
  ratio === null || !Number.isFinite(ratio)
    ? '—'
    : `${ratio.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}×`;

export const betterWording = (/** @type {Row} */ row) =>
  row.better === 'higher' ? 'higher is better' : 'lower is better';

const cell = (/** @type {string} */ text) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** Each run's own ratio: their median, and from their 10th to their 90th percentile. */
export const formatPaired = (/** @type {Row} */ row) =>
  row.pairedRatio === undefined
    ? ''
    : `${formatRatio(row.pairedRatio)} (${formatRatio(row.pairedP10 ?? null)}–${formatRatio(row.pairedP90 ?? null)})`;

/**
 * One section's table: p90 columns when a row has them, a runs column when a row says its runs, and the runs' own
 * ratios when a row has them.
 */
export function sectionTable(/** @type {readonly Row[]} */ rows) {
  const p90 = rows.some((row) => row.oursP90 !== undefined || row.anchorP90 !== undefined);
  const runs = rows.some((row) => row.runs !== undefined);
  const paired = rows.some((row) => row.pairedRatio !== undefined);
  const head = [
    'Measure',
    'Ours',
    ...(p90 ? ['Ours p90'] : []),
    'Anchor',
    "Anchor's",
    ...(p90 ? ["Anchor's p90"] : []),
    'Ratio',
    ...(paired ? ['Runs’ own ratios: median (p10–p90)'] : []),
    'Better',
    ...(runs ? ['Runs'] : []),
  ];
  const align = head.map((name) => (['Measure', 'Anchor', 'Better'].includes(name) ? '---' : '---:'));
  const lines = [`| ${head.join(' | ')} |`, `| ${align.join(' | ')} |`];
  for (const row of rows) {
    const optional = (/** @type {number | undefined} */ value) =>
      value === undefined ? '' : withUnit(value, row.unit);
    lines.push(
      `| ${[
        cell(row.label),
        withUnit(row.ours, row.unit),
        ...(p90 ? [optional(row.oursP90)] : []),
        cell(row.anchor),
        withUnit(row.anchorValue, row.unit),
        ...(p90 ? [optional(row.anchorP90)] : []),
        formatRatio(row.ratio),
        ...(paired ? [formatPaired(row)] : []),
        betterWording(row),
        ...(runs ? [row.runs === undefined ? '' : String(row.runs)] : []),
      ].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

/** What a benchmark that gave no rows for a section says there: failed, with its last lines, or skipped. */
function missingBenchmark(/** @type {BenchmarkRun} */ run) {
  if (run.status === 'skipped')
    return `Not measured: \`${run.name}\` was skipped${run.reason ? ` (${run.reason})` : ''}.`;
  return [
    `**\`${run.name}\` failed** (exit code ${String(run.exitCode ?? 'none')}); its last lines:`,
    '',
    '```text',
    (run.tail ?? '').trimEnd() || '(nothing printed)',
    '```',
  ].join('\n');
}

/** A benchmark that wrote its rows but still exited non-zero (a target missed, a check broken): said, not hidden. */
function exitedNonZero(/** @type {BenchmarkRun} */ run) {
  return [
    `\`${run.name}\` exited with code ${String(run.exitCode)} after writing its rows; its last lines:`,
    '',
    '```text',
    (run.tail ?? '').trimEnd(),
    '```',
  ].join('\n');
}

/**
 * @typedef {object} Machine
 * @property {number} cpus
 * @property {string} cpuModel
 * @property {number} memoryGiB
 * @property {string} node
 * @property {string} [chromium]
 * @property {string} os
 */

export function machineLine(/** @type {Machine} */ machine) {
  return [
    `${String(machine.cpus)} × ${machine.cpuModel}`,
    `${formatNumber(machine.memoryGiB)} GiB`,
    `Node ${machine.node}`,
    machine.os,
    ...(machine.chromium ? [machine.chromium] : []),
  ].join(', ');
}

/**
 * The whole report.
 * @param {{ date: string, machine: Machine, command: string, benchmarks: readonly BenchmarkRun[],
 *   results: readonly Row[], notes: readonly string[] }} input
 */
export function reportMarkdown({ date, machine, command, benchmarks, results, notes }) {
  const out = [
    '# Benchmarks',
    '',
    `Run ${date} on ${machineLine(machine)}, with \`${command}\`.`,
    '',
    'Every row is ours beside an anchor measured in the same run on the same machine. The ratio is ours ÷ the ' +
      "anchor's (their medians); the Better column says which way is good for that row. Browser rows also give " +
      "each run's own ratio, ours ÷ the anchor measured beside it: their median, and from their 10th to their " +
      '90th percentile, which says whether a ratio near 1 is a difference or noise. Run it again with `pnpm bench` ' +
      '(`node bench/run.mjs`; `--no-build` to skip the build, `--skip browser` to leave a benchmark out). ' +
      'These are benchmarks, not tests: a slow run never fails a build. Bundle-size budgets stay a gate of ' +
      '`./council test` (`node bench/bundle-size.bench.mjs --check`).',
  ];
  const known = new Set(SECTIONS);
  const extra = [...new Set(results.map((row) => row.section).filter((section) => !known.has(section)))];
  for (const section of [...SECTIONS, ...extra]) {
    const rows = results.filter((row) => row.section === section);
    const absent = benchmarks.filter((run) => run.sections.includes(section) && run.status !== 'ok');
    if (rows.length === 0 && absent.length === 0) continue;
    out.push('', `## ${section}`, '');
    if (rows.length > 0) out.push(sectionTable(rows));
    for (const run of absent) out.push(...(rows.length > 0 ? [''] : []), missingBenchmark(run));
  }
  const nonZero = benchmarks.filter((run) => run.status === 'ok' && run.exitCode !== 0 && run.exitCode !== undefined);
  if (nonZero.length > 0) {
    out.push('', '## Benchmarks that exited non-zero', '');
    out.push(nonZero.map(exitedNonZero).join('\n\n'));
  }
  if (notes.length > 0) {
    out.push('', '## Notes', '');
    for (const note of notes) out.push(`- ${note}`);
  }
  return `${out.join('\n')}\n`;
}
