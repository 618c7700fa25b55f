import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { brotliCompressSync } from 'node:zlib';
const require = createRequire('/work/main/node_modules/.pnpm/@jridgewell+sourcemap-codec@1.6.0/node_modules/@jridgewell/sourcemap-codec/package.json');
const { decode } = require('@jridgewell/sourcemap-codec') as { decode: (m: string) => number[][][] };
const file = process.argv[2]!;
const code = readFileSync(file, 'utf8');
const map = JSON.parse(readFileSync(file + '.map', 'utf8')) as { sources: string[]; mappings: string };
const lines = code.split('\n');
const pieces: { source: string; text: string }[] = [];
decode(map.mappings).forEach((segments, li) => {
  const line = lines[li] ?? '';
  if (segments.length === 0) { pieces.push({ source: '(none)', text: line + '\n' }); return; }
  if (segments[0]![0]! > 0) pieces.push({ source: '(none)', text: line.slice(0, segments[0]![0]) });
  segments.forEach((s, i) => pieces.push({ source: s.length > 1 ? map.sources[s[1]!]! : '(none)', text: line.slice(s[0], segments[i + 1]?.[0] ?? line.length) }));
  pieces.push({ source: '(none)', text: '\n' });
});
const b = (t: string) => brotliCompressSync(Buffer.from(t)).length;
const total = b(code);
const sources = [...new Set(pieces.map((p) => p.source))];
const rows = sources.map((source) => [total - b(pieces.filter((p) => p.source !== source).map((p) => p.text).join('')), source] as const);
console.log('total', total);
for (const [n, s] of rows.sort((a, b) => b[0] - a[0])) console.log(String(n).padStart(6), s.replace(/.*node_modules\//, '').replace(/^(\.\.\/)+/, ''));
