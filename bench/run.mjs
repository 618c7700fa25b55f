// `pnpm bench`: every benchmark, one after another, each in a child process of its own, then bench/REPORT.md (the
// tables a person reads: each row ours beside an anchor measured in the same run, on this machine) and
// bench/results.json (the same rows, with the machine, for tools). Benchmarks, not tests: a benchmark that fails or
// misses a target is reported as such and the others still run; this exits non-zero only when the runner itself
// breaks (or the build it starts with fails).
//
//   node bench/run.mjs [--no-build] [--skip browser,storage] [--runs N]
//
//   --no-build     do not build first (`pnpm exec turbo run build`)
//   --skip NAMES   leave benchmarks out, by name (browser, bundle-size, server, gazetteer, storage, collector);
//                  may be given more than once
//   --runs N       passed to the browser benchmark (its interleaved runs)
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportMarkdown } from './report.mjs';

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The longest one benchmark may take before it is stopped and reported as failed. */
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 30 * 60_000);
const TAIL_LINES = 25;

/**
 * The benchmarks, in the order they run, and the report sections each fills.
 * @type {{ name: string, file: string, sections: string[], passRuns?: boolean }[]}
 */
const BENCHMARKS = [
  { name: 'browser', file: 'browser.bench.mjs', sections: ['Bytes', 'Start-up', 'Search', 'Memory'], passRuns: true },
  { name: 'bundle-size', file: 'bundle-size.bench.mjs', sections: ['Bytes'] },
  { name: 'server', file: 'server.bench.mjs', sections: ['Back end'] },
  { name: 'gazetteer', file: 'gazetteer.bench.mjs', sections: ['Gazetteer'] },
  { name: 'storage', file: 'storage.bench.mjs', sections: ['Storage'] },
  { name: 'collector', file: 'collector.bench.mjs', sections: ['Collector'] },
];

/** The runner's options, from its arguments. */
export function optionsOf(/** @type {readonly string[]} */ args) {
  const skip = new Set();
  let build = true;
  /** @type {string | undefined} */
  let runs;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--no-build') build = false;
    else if (arg === '--skip') for (const name of (args[++i] ?? '').split(',')) skip.add(name.trim());
    else if (arg.startsWith('--skip=')) for (const name of arg.slice(7).split(',')) skip.add(name.trim());
    else if (arg === '--runs') runs = args[++i];
    else if (arg.startsWith('--runs=')) runs = arg.slice(7);
    else throw new Error(`bench/run.mjs: unknown argument ${arg}`);
  }
  const unknown = [...skip].filter((name) => !BENCHMARKS.some((bench) => bench.name === name));
  if (unknown.length > 0) throw new Error(`bench/run.mjs: no benchmark called ${unknown.join(', ')}`);
  return { build, skip, runs };
}

function buildPackages() {
  console.log('bench: building (pnpm exec turbo run build)…');
  execFileSync('pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only', '--no-update-notifier'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

/**
 * Runs one benchmark with `--json FILE`, its output passed through; resolves with its exit code and last lines.
 * @returns {Promise<{ exitCode: number | null, tail: string }>}
 */
function runScript(/** @type {string} */ file, /** @type {string[]} */ args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(BENCH_DIR, file), ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    /** @type {string[]} */
    let lines = [];
    let partial = '';
    const keep = (/** @type {Buffer} */ chunk, /** @type {NodeJS.WriteStream} */ echo) => {
      echo.write(chunk);
      const text = partial + chunk.toString('utf8');
      const split = text.split('\n');
      partial = split.pop() ?? '';
      lines = [...lines, ...split].slice(-TAIL_LINES);
    };
    child.stdout.on('data', (chunk) => keep(chunk, process.stdout));
    child.stderr.on('data', (chunk) => keep(chunk, process.stderr));
    const timer = setTimeout(() => {
      lines.push(`(stopped by bench/run.mjs after ${String(TIMEOUT_MS / 60_000)} minutes)`);
      child.kill('SIGTERM');
    }, TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ exitCode: null, tail: String(error) });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal) lines.push(`(ended by ${signal})`);
      resolve({ exitCode: code, tail: [...lines, partial].filter(Boolean).slice(-TAIL_LINES).join('\n') });
    });
  });
}

/** A benchmark's `{ results, notes }`, or undefined when it wrote none (or nothing readable). */
function readRows(/** @type {string} */ file) {
  if (!existsSync(file)) return undefined;
  try {
    const written = JSON.parse(readFileSync(file, 'utf8'));
    if (!Array.isArray(written.results)) return undefined;
    return { results: written.results, notes: Array.isArray(written.notes) ? written.notes : [] };
  } catch {
    return undefined;
  }
}

function chromiumVersion() {
  const binary = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
  if (!binary) return undefined;
  try {
    return execFileSync(binary, ['--version'], {
      encoding: 'utf8',
      timeout: 20_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .replace(/\s+/g, ' ');
  } catch {
    return undefined;
  }
}

function machine() {
  const processors = cpus();
  const chromium = chromiumVersion();
  return {
    cpus: processors.length,
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    ...(chromium ? { chromium } : {}),
    os: `${type()} ${release()} ${arch()}`,
  };
}

const round2 = (/** @type {number} */ value) => Math.round(value * 100) / 100;

const readableDate = (/** @type {Date} */ date) =>
  `${date.toLocaleString('en-GB', { timeZone: 'UTC', dateStyle: 'long', timeStyle: 'short' })} UTC`;

async function main() {
  const options = optionsOf(process.argv.slice(2));
  const started = new Date();
  if (options.build) buildPackages();
  const loadAtStart = loadavg()[0];
  const folder = mkdtempSync(join(tmpdir(), 'council-bench-'));
  /** @type {import('./report.mjs').BenchmarkRun[]} */
  const runs = [];
  /** @type {Map<string, import('./report.mjs').Row[]>} */
  const rowsOf = new Map();
  /** @type {string[]} */
  const notes = [];
  try {
    for (const bench of BENCHMARKS) {
      const base = { name: bench.file, sections: bench.sections };
      if (options.skip.has(bench.name)) {
        runs.push({ ...base, status: 'skipped', reason: `--skip ${bench.name}` });
        continue;
      }
      if (!existsSync(join(BENCH_DIR, bench.file))) {
        runs.push({ ...base, status: 'skipped', reason: `bench/${bench.file} does not exist yet` });
        continue;
      }
      const jsonFile = join(folder, `${bench.name}.json`);
      const args = ['--json', jsonFile, ...(bench.passRuns && options.runs ? ['--runs', options.runs] : [])];
      console.log(`\nbench: ${bench.file} ${args.join(' ')}`);
      const { exitCode, tail } = await runScript(bench.file, args);
      const written = readRows(jsonFile);
      if (!written) {
        runs.push({ ...base, status: 'failed', exitCode, tail });
        continue;
      }
      runs.push({ ...base, status: 'ok', exitCode, ...(exitCode === 0 ? {} : { tail }) });
      rowsOf.set(bench.name, written.results);
      notes.push(...written.notes);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }

  // bundle-size's rows are its budgets; a figure the browser benchmark also gives is taken from the browser's.
  const browserIds = new Set((rowsOf.get('browser') ?? []).map((row) => row.id));
  const sizeRows = rowsOf.get('bundle-size');
  if (sizeRows)
    rowsOf.set(
      'bundle-size',
      sizeRows.filter((row) => !browserIds.has(row.id)),
    );
  const results = BENCHMARKS.flatMap((bench) => rowsOf.get(bench.name) ?? []);

  // Other work on the machine moves every figure; say how busy it was, so a reader knows how far to trust them.
  const loadAverage = { start: round2(loadAtStart), end: round2(loadavg()[0]) };
  notes.push(
    `Machine load (1-minute load average over ${String(cpus().length)} CPUs): ${String(loadAverage.start)} when the benchmarks started, ` +
      `${String(loadAverage.end)} when they ended (their own processes included)${
        loadAverage.start > cpus().length / 2
          ? '; other work shared the machine, so the timings are noisy: compare ratios, and run again on a quiet machine before trusting one'
          : ''
      }.`,
  );
  const command = `node bench/run.mjs${process.argv.length > 2 ? ` ${process.argv.slice(2).join(' ')}` : ''}`;
  const about = machine();
  const markdown = reportMarkdown({
    date: readableDate(started),
    machine: about,
    command,
    benchmarks: runs,
    results,
    notes,
  });
  writeFileSync(join(BENCH_DIR, 'REPORT.md'), markdown);
  writeFileSync(
    join(BENCH_DIR, 'results.json'),
    `${JSON.stringify(
      {
        machine: { ...about, loadAverage },
        date: started.toISOString(),
        command,
        benchmarks: runs.map(({ name, status, exitCode, reason }) => ({ name, status, exitCode, reason })),
        results,
        notes,
      },
      null,
      2,
    )}\n`,
  );
  const failed = runs.filter((run) => run.status === 'failed').map((run) => run.name);
  console.log(
    `\nbench: wrote bench/REPORT.md and bench/results.json (${String(results.length)} rows${
      failed.length > 0 ? `; failed: ${failed.join(', ')}` : ''
    })`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
