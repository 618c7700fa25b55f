import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  pinDocuments,
  pinProblems,
  pinnedDocuments,
  quotesRealHashes,
  rewriteHashes,
  rewritePins,
} from './readme-pins.ts';

const cdn = 'https://cdn.jsdelivr.net/npm';
const realHash = `sha384-${'A'.repeat(63)}B`;
const builtHash = `sha384-${'C'.repeat(63)}D`;
const scriptTag = (version: string, integrity: string): string =>
  `<script\n  type="module"\n  src="${cdn}/@council-components/address-lookup@${version}/dist/bundle/council-address-lookup.bundle.js"\n  integrity="${integrity}"\n  crossorigin="anonymous"\n></script>`;
const versions = new Map([
  ['@council-components/address-lookup', '0.2.0'],
  ['@council-components/loader', '0.1.0'],
]);

describe('rewritePins', () => {
  it('pins every package to the version given, in script tags and npm commands alike', () => {
    const text = `${scriptTag('9.9.9', 'sha384-…')}\n\`npm install @council-components/address-lookup@0.1.0\`\n${cdn}/@council-components/loader@1.0.0-beta.2/dist/council-components.js`;
    expect(rewritePins(text, versions)).toBe(
      `${scriptTag('0.2.0', 'sha384-…')}\n\`npm install @council-components/address-lookup@0.2.0\`\n${cdn}/@council-components/loader@0.1.0/dist/council-components.js`,
    );
  });

  it('leaves unpinned names and packages it does not know as they are', () => {
    const text = '`npm install @council-components/address-lookup` and @council-components/other@1.2.3';
    expect(rewritePins(text, versions)).toBe(text);
  });
});

describe('rewriteHashes', () => {
  const integrityOf = (name: string, file: string): string | undefined =>
    name === '@council-components/address-lookup' && file === 'dist/bundle/council-address-lookup.bundle.js'
      ? builtHash
      : undefined;

  it('keeps the placeholder sha384-…', () => {
    const text = scriptTag('0.2.0', 'sha384-…');
    expect(rewriteHashes(text, integrityOf)).toEqual({ text, problems: [] });
  });

  it('replaces a real hash with the built one, for the file the tag loads', () => {
    expect(rewriteHashes(scriptTag('0.2.0', realHash), integrityOf)).toEqual({
      text: scriptTag('0.2.0', builtHash),
      problems: [],
    });
  });

  it('says so when the file has no built hash', () => {
    const text = scriptTag('0.2.0', realHash).replace('council-address-lookup.bundle.js', 'gone.js');
    expect(rewriteHashes(text, integrityOf).problems).toEqual([
      '@council-components/address-lookup/dist/bundle/gone.js: no hash in its dist/integrity.json (build first)',
    ]);
  });
});

describe('pinProblems', () => {
  it('passes pins at the versions the release publishes', () => {
    expect(pinProblems(scriptTag('0.2.0', 'sha384-…'), versions, 'README.md')).toEqual([]);
  });

  it('fails a README pinned to a version the release does not publish (9.9.9)', () => {
    expect(pinProblems(`Intro\n${scriptTag('9.9.9', 'sha384-…')}`, versions, 'README.md')).toEqual([
      'README.md:4: @council-components/address-lookup@9.9.9, but the release publishes 0.2.0',
    ]);
  });

  it('fails a pin of a package the release does not publish', () => {
    expect(pinProblems('@council-components/adress-lookup@0.2.0', versions, 'README.md')).toEqual([
      'README.md:1: @council-components/adress-lookup@0.2.0 pins a package this release does not publish',
    ]);
  });
});

describe('pinDocuments, on a repository after `changeset version`', () => {
  let root = '';
  const write = (file: string, text: string): void => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  const read = (file: string): string => readFileSync(join(root, file), 'utf8');
  const makeRepository = (): void => {
    root = mkdtempSync(join(tmpdir(), 'readme-pins-'));
    write(
      'packages/address-lookup/package.json',
      JSON.stringify({ name: '@council-components/address-lookup', version: '0.2.0' }),
    );
    write(
      'packages/address-lookup/dist/integrity.json',
      JSON.stringify({ 'dist/bundle/council-address-lookup.bundle.js': { integrity: builtHash } }),
    );
    write('packages/testing/package.json', JSON.stringify({ name: '@council-components/testing', private: true }));
    write('packages/address-lookup/CHANGELOG.md', '## 0.1.0\n\n@council-components/address-lookup@0.1.0\n');
    write('apps/docs/src/guides/cms.mdx', '`npm install @council-components/address-lookup@0.1.0`\n');
    write('apps/docs/src/snippet/snippet.test.ts', '@council-components/address-lookup@1.4.2');
  };
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds the READMEs and the docs pages, not changelogs or code', () => {
    makeRepository();
    write('README.md', 'Council Components');
    write('packages/address-lookup/README.md', scriptTag('9.9.9', 'sha384-…'));
    expect(pinnedDocuments(root)).toEqual([
      'README.md',
      'apps/docs/src/guides/cms.mdx',
      'packages/address-lookup/README.md',
    ]);
  });

  it('pins the versions in package.json, keeps placeholder hashes, and writes real ones only when asked', () => {
    makeRepository();
    write('packages/address-lookup/README.md', `${scriptTag('9.9.9', 'sha384-…')}\n${scriptTag('0.1.0', realHash)}\n`);
    expect(quotesRealHashes(root)).toBe(true);

    expect(pinDocuments(root, { hashes: false })).toEqual({
      changed: ['apps/docs/src/guides/cms.mdx', 'packages/address-lookup/README.md'],
      problems: [],
    });
    expect(read('packages/address-lookup/README.md')).toBe(
      `${scriptTag('0.2.0', 'sha384-…')}\n${scriptTag('0.2.0', realHash)}\n`,
    );
    expect(read('apps/docs/src/guides/cms.mdx')).toBe('`npm install @council-components/address-lookup@0.2.0`\n');
    expect(read('packages/address-lookup/CHANGELOG.md')).toContain('@council-components/address-lookup@0.1.0');
    expect(read('apps/docs/src/snippet/snippet.test.ts')).toBe('@council-components/address-lookup@1.4.2');

    expect(pinDocuments(root, { hashes: true }).changed).toEqual(['packages/address-lookup/README.md']);
    expect(read('packages/address-lookup/README.md')).toBe(
      `${scriptTag('0.2.0', 'sha384-…')}\n${scriptTag('0.2.0', builtHash)}\n`,
    );
  });

  it('reports a pin of a package that is not published (a private one, a misspelt one), and leaves it', () => {
    makeRepository();
    write(
      'packages/booking/README.md',
      '@council-components/testing@0.0.0 and @council-components/adress-lookup@9.9.9\n',
    );
    expect(pinDocuments(root, { hashes: false }).problems).toEqual([
      'packages/booking/README.md:1: @council-components/testing@0.0.0 pins a package this release does not publish',
      'packages/booking/README.md:1: @council-components/adress-lookup@9.9.9 pins a package this release does not publish',
    ]);
  });
});
