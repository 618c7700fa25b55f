// What bench/REPORT.md says, from rows: the tables, the ratios and which way is good, failures and skips.
import { describe, expect, it } from 'vitest';
import { benchRow, formatNumber, formatRatio, reportMarkdown, sectionTable } from './report.mjs';
import { measuredRow, pairedRatios } from './stats.mjs';
import { optionsOf } from './run.mjs';

const machine = {
  cpus: 2,
  cpuModel: 'Test CPU @ 2.0GHz',
  memoryGiB: 7.8,
  node: 'v24.0.0',
  chromium: 'Chromium 142.0.0.0',
  os: 'Linux 6.1 x64',
};

const serverRows = [
  benchRow({
    id: 'server.addresses.cached',
    label: 'Address handler, a cached postcode: requests a second',
    section: 'Back end',
    unit: 'req/s',
    ours: 12_345,
    anchor: 'bare node:http, the same bytes',
    anchorValue: 23_456,
    better: 'higher',
    runs: 3,
  }),
  benchRow({
    id: 'server.addresses.cached.p99',
    label: 'Address handler, a cached postcode: p99 latency',
    section: 'Back end',
    unit: 'ms',
    ours: 4.567,
    anchor: 'bare node:http, the same bytes',
    anchorValue: 2.1,
    runs: 3,
  }),
];

const report = (overrides = {}) =>
  reportMarkdown({
    date: '4 December 2026 at 16:00 UTC',
    machine,
    command: 'node bench/run.mjs --no-build',
    benchmarks: [{ name: 'server.bench.mjs', sections: ['Back end'], status: 'ok', exitCode: 0 }],
    results: serverRows,
    notes: [],
    ...overrides,
  });

describe('rows', () => {
  it('works the ratio out as ours over the anchor, to 2 decimals', () => {
    expect(serverRows[0].ratio).toBe(0.53);
    expect(serverRows[1].ratio).toBe(2.17);
  });

  it('formats numbers for people: thousands separators, fewer decimals the larger they are', () => {
    expect(formatNumber(106_446.4)).toBe('106,446');
    expect(formatNumber(12.345)).toBe('12.3');
    expect(formatNumber(0.5814)).toBe('0.58');
    expect(formatNumber(5)).toBe('5');
    expect(formatNumber(2.1)).toBe('2.1');
    expect(formatRatio(22.5)).toBe('22.50×');
    expect(formatRatio(null)).toBe('—');
    expect(
      benchRow({ id: 'x', label: 'x', section: 'Start-up', unit: 'CLS', ours: 0, anchor: 'y', anchorValue: 0 }).ratio,
    ).toBe(null);
  });
});

describe('the report', () => {
  it('says when, on what machine and how it was run', () => {
    const text = report();
    expect(text).toMatch(/^# Benchmarks\n/);
    expect(text).toContain(
      'Run 4 December 2026 at 16:00 UTC on 2 × Test CPU @ 2.0GHz, 7.8 GiB, Node v24.0.0, Linux 6.1 x64, Chromium 142.0.0.0, with `node bench/run.mjs --no-build`.',
    );
    expect(text).toContain('`pnpm bench`');
  });

  it('gives each row its figures with units, its formatted ratio and which way is better', () => {
    const text = report();
    expect(text).toContain('## Back end');
    expect(text).toContain(
      '| Address handler, a cached postcode: requests a second | 12,345 req/s | bare node:http, the same bytes | 23,456 req/s | 0.53× | higher is better | 3 |',
    );
    expect(text).toContain(
      '| Address handler, a cached postcode: p99 latency | 4.57 ms | bare node:http, the same bytes | 2.1 ms | 2.17× | lower is better | 3 |',
    );
  });

  it('adds p90 columns only to a section whose rows have them', () => {
    const startUp = benchRow({
      id: 'browser.start-up',
      label: 'Address lookup: first render',
      section: 'Start-up',
      unit: 'ms',
      ours: 41.2,
      oursP90: 48.9,
      anchor: "Ideal Postcodes' postcode-lookup 3.2.0",
      anchorValue: 82.4,
      anchorP90: 95,
      runs: 15,
    });
    const table = sectionTable([startUp]);
    expect(table.split('\n')[0]).toBe(
      "| Measure | Ours | Ours p90 | Anchor | Anchor's | Anchor's p90 | Ratio | Better | Runs |",
    );
    expect(table).toContain(
      "| Address lookup: first render | 41.2 ms | 48.9 ms | Ideal Postcodes' postcode-lookup 3.2.0 | 82.4 ms | 95 ms | 0.50× | lower is better | 15 |",
    );
    expect(sectionTable(serverRows).split('\n')[0]).not.toContain('p90');
  });

  it("gives each interleaved run's own ratio, their median and spread, beside the ratio of the medians", () => {
    // Run 3 was slow for both: the pairs keep it a pair, where the medians mix runs.
    const ours = [100, 104, 180, 98, 101];
    const anchor = [100, 100, 170, 104, 96];
    const row = measuredRow(
      { id: 'startup.1', label: 'Start-up', section: 'Start-up', unit: 'ms', anchor: 'postcode-lookup' },
      ours,
      anchor,
    );
    expect(row.ratio).toBe(1.01);
    expect(row.pairedRatio).toBe(1.04);
    expect([row.pairedP10, row.pairedP90]).toEqual([0.97, 1.06]);
    const table = sectionTable([row]);
    expect(table.split('\n')[0]).toContain('| Ratio | Runs’ own ratios: median (p10–p90) | Better |');
    expect(table).toContain('| 1.01× | 1.04× (0.97×–1.06×) | lower is better | 5 |');
    // Runs that do not pair up, or an anchor of 0, give none; a table of such rows has no such column.
    expect(pairedRatios([1, 2], [1])).toEqual({});
    expect(pairedRatios([1], [0])).toEqual({});
    expect(sectionTable(serverRows).split('\n')[0]).not.toContain('own ratios');
  });

  it('prints the sections in their order, whatever order the rows came in', () => {
    const bytes = benchRow({
      id: 'bytes.budget.loader',
      label: 'loader with every component (brotli)',
      section: 'Bytes',
      unit: 'B',
      ours: 38_912,
      anchor: 'budget',
      anchorValue: 39_014,
    });
    const text = report({ results: [...serverRows, bytes] });
    expect(text.indexOf('## Bytes')).toBeGreaterThan(-1);
    expect(text.indexOf('## Bytes')).toBeLessThan(text.indexOf('## Back end'));
    expect(text).toContain(
      '| loader with every component (brotli) | 38,912 B | budget | 39,014 B | 1.00× | lower is better |',
    );
  });

  it('shows a benchmark that failed as failed, with its last lines, in the sections it would have filled', () => {
    const text = report({
      benchmarks: [
        { name: 'server.bench.mjs', sections: ['Back end'], status: 'ok', exitCode: 0 },
        {
          name: 'storage.bench.mjs',
          sections: ['Storage'],
          status: 'failed',
          exitCode: 1,
          tail: 'Error: connect ECONNREFUSED 127.0.0.1:55433\n    at TCPConnectWrap.afterConnect',
        },
      ],
    });
    const storage = text.slice(text.indexOf('## Storage'));
    expect(storage).toContain('**`storage.bench.mjs` failed** (exit code 1); its last lines:');
    expect(storage).toContain(
      '```text\nError: connect ECONNREFUSED 127.0.0.1:55433\n    at TCPConnectWrap.afterConnect\n```',
    );
    expect(text).toContain('| Address handler, a cached postcode: requests a second |');
  });

  it('says a skipped benchmark was not measured, and why', () => {
    const text = report({
      benchmarks: [
        {
          name: 'browser.bench.mjs',
          sections: ['Bytes', 'Start-up'],
          status: 'skipped',
          reason: '--skip browser',
        },
      ],
    });
    expect(text).toContain('## Start-up\n\nNot measured: `browser.bench.mjs` was skipped (--skip browser).');
  });

  it('says a benchmark that wrote its rows but exited non-zero did so, and lists the notes', () => {
    const text = report({
      benchmarks: [
        {
          name: 'gazetteer.bench.mjs',
          sections: ['Gazetteer'],
          status: 'ok',
          exitCode: 1,
          tail: 'TARGET MISSED: p99 >= 5 ms',
        },
      ],
      notes: ['Gazetteer: target p99 < 5 ms: MISSED.'],
    });
    expect(text).toContain('`gazetteer.bench.mjs` exited with code 1 after writing its rows');
    expect(text).toContain('TARGET MISSED: p99 >= 5 ms');
    expect(text).toContain('## Notes\n\n- Gazetteer: target p99 < 5 ms: MISSED.');
  });
});

describe("the runner's arguments", () => {
  it('reads --no-build, --skip (a list, or repeated) and --runs', () => {
    const options = optionsOf(['--no-build', '--skip', 'browser,storage', '--skip=collector', '--runs', '9']);
    expect(options.build).toBe(false);
    expect([...options.skip]).toEqual(['browser', 'storage', 'collector']);
    expect(options.runs).toBe('9');
  });

  it('refuses a benchmark name it does not know, rather than running everything', () => {
    expect(() => optionsOf(['--skip', 'brower'])).toThrow('no benchmark called brower');
  });
});
