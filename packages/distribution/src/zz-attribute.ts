import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire('/work/main/node_modules/.pnpm/@jridgewell+sourcemap-codec@1.6.0/node_modules/@jridgewell/sourcemap-codec/package.json');
const { decode } = require('@jridgewell/sourcemap-codec') as { decode: (m: string) => number[][][] };
const file = process.argv[2]!;
const code = readFileSync(file, 'utf8');
const map = JSON.parse(readFileSync(file + '.map', 'utf8')) as { sources: string[]; mappings: string };
const lines = code.split('\n');
const decoded = decode(map.mappings);
const bytes = new Map<string, number>();
decoded.forEach((segments, lineIndex) => {
  const line = lines[lineIndex] ?? '';
  segments.forEach((segment, i) => {
    const start = segment[0]!;
    const end = segments[i + 1]?.[0] ?? line.length;
    const source = segment.length > 1 ? map.sources[segment[1]!]! : '(none)';
    bytes.set(source, (bytes.get(source) ?? 0) + (end - start));
  });
});
const total = code.length;
for (const [source, n] of [...bytes].sort((a, b) => b[1] - a[1])) console.log(String(n).padStart(7), (n / total * 100).toFixed(1).padStart(5) + '%', source.replace(/.*node_modules\//, '').replace(/^(\.\.\/)+/, ''));
