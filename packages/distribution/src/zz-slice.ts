import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire('/work/main/node_modules/.pnpm/@jridgewell+sourcemap-codec@1.6.0/node_modules/@jridgewell/sourcemap-codec/package.json');
const { decode } = require('@jridgewell/sourcemap-codec') as { decode: (m: string) => number[][][] };
const [file, pattern] = [process.argv[2]!, process.argv[3]!];
const code = readFileSync(file, 'utf8');
const map = JSON.parse(readFileSync(file + '.map', 'utf8')) as { sources: string[]; mappings: string };
const lines = code.split('\n');
let out = '';
decode(map.mappings).forEach((segments, li) => {
  const line = lines[li] ?? '';
  segments.forEach((s, i) => {
    const src = s.length > 1 ? map.sources[s[1]!]! : '';
    if (src.includes(pattern)) out += line.slice(s[0], segments[i + 1]?.[0] ?? line.length);
  });
});
console.log(out);
