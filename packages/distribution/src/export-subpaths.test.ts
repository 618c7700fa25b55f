import { describe, expect, it } from 'vitest';
import { expandWildcards } from './export-subpaths.ts';

describe('expandWildcards', () => {
  it('opens every published file a wildcard export reaches, except subpaths closed with null', () => {
    const subpaths = expandWildcards(
      {
        '.': { types: './dist/index.d.ts', default: './dist/index.js' },
        './bundle/*': null,
        './*.js': { types: './dist/*.d.ts', default: './dist/*.js' },
        './package.json': './package.json',
      },
      ['dist/index.js', 'dist/define.js', 'dist/define.d.ts', 'dist/bundle/x.bundle.js', 'README.md'],
    );
    expect(subpaths).toEqual(['./index.js', './define.js']);
  });
});
