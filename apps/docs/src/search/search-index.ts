import type { Meta } from '@storybook/web-components-vite';
import { packageFolderOf, storybookIdOf } from '../built-packages.ts';
import { statusOf } from '../library/component-status.ts';

/**
 * The docs site's full-text index, built when the site is built, from what its pages say: each component page (what
 * it is for, its status, each state's sentence on when it appears, its attributes and events, its error messages in
 * English and Welsh) and every Markdown page (the Introduction, proposing a component). Storybook's own search finds
 * story names only.
 */
export interface SearchEntry {
  /** The page's title, as the sidebar shows it. */
  title: string;
  /** Where it opens in the site: `./?path=/docs/components-address-lookup--docs`. */
  href: string;
  /** Its words, as plain text. */
  text: string;
}

const stories = import.meta.glob<Meta>('../../../../packages/*/src/*.stories.ts', { eager: true, import: 'default' });
const fixtures = import.meta.glob<Record<string, unknown>>('../../../../packages/*/src/*.fixtures.ts', { eager: true });
const strings = import.meta.glob<Record<string, unknown>>('../../../../packages/*/src/*.strings.ts', { eager: true });
const manifests = import.meta.glob<{ modules: { declarations?: Declaration[] }[] }>(
  '../../../../packages/*/custom-elements.json',
  { eager: true, import: 'default' },
);
const markdownPages = import.meta.glob<string>('../**/*.mdx', { eager: true, query: '?raw', import: 'default' });

interface Declaration {
  tagName?: string;
  attributes?: { name: string; description?: string }[];
  events?: { name: string; description?: string }[];
}

/** Every string in a module's exports that `keep` keeps by its key (a fixture's `when`; every message of a catalogue). */
function sentencesIn(value: unknown, keep: (key: string) => boolean, key = '', depth = 0): string[] {
  if (depth > 6) return [];
  if (typeof value === 'string') return keep(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((each) => sentencesIn(each, keep, key, depth + 1));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([name, each]) => sentencesIn(each, keep, name, depth + 1));
  return [];
}

function componentEntries(): SearchEntry[] {
  return Object.entries(stories).flatMap(([path, meta]): SearchEntry[] => {
    const folder = packageFolderOf(path);
    if (!meta.title) return [];
    const parameters = meta.parameters ?? {};
    const description = (parameters['docs'] as { description?: { component?: string } } | undefined)?.description;
    const status = statusOf(parameters['status']);
    const declarations = Object.entries(manifests)
      .filter(([file]) => packageFolderOf(file) === folder)
      .flatMap(([, manifest]) => manifest.modules.flatMap((module) => module.declarations ?? []))
      .filter((declaration) => declaration.tagName);
    const api = declarations.flatMap((declaration) => [
      ...(declaration.attributes ?? []).map((each) => `${each.name} ${each.description ?? ''}`),
      ...(declaration.events ?? []).map((each) => `${each.name} ${each.description ?? ''}`),
    ]);
    const own = (modules: Record<string, Record<string, unknown>>, keep: (key: string) => boolean) =>
      Object.entries(modules)
        .filter(([file]) => packageFolderOf(file) === folder)
        .flatMap(([, module]) => sentencesIn(module, keep));
    const text = [
      description?.component ?? '',
      status ? `Status: ${status.label}. ${status.meaning}` : '',
      ...Object.values((parameters['guidance'] as Record<string, unknown> | undefined) ?? {}).flatMap((value) =>
        sentencesIn(value, () => true),
      ),
      'Use it on your site: script tag, loader, npm, React; the version pinned, with its SRI hash (integrity).',
      ...own(fixtures, (key) => key === 'when' || key === 'title'),
      ...api,
      ...own(strings, () => true),
    ].join(' \n');
    return [{ title: meta.title.replace('/', ' › '), href: `./?path=/docs/${storybookIdOf(meta.title)}--docs`, text }];
  });
}

function markdownEntries(): SearchEntry[] {
  return Object.values(markdownPages).flatMap((source): SearchEntry[] => {
    const title = /<Meta\s+title="([^"]+)"/.exec(source)?.[1];
    if (!title) return [];
    const text = source
      .replace(/^import .*$/gm, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/[`*_#|]/g, ' ')
      .replace(/-{3,}/g, ' ');
    return [{ title: title.replace('/', ' › '), href: `./?path=/docs/${storybookIdOf(title)}--docs`, text }];
  });
}

export const searchIndex: readonly SearchEntry[] = [...markdownEntries(), ...componentEntries()];

/** The entries that have every word of `query` (any case), best first: most mentions of the words. */
export function search(query: string): { entry: SearchEntry; excerpt: string }[] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.length > 0);
  if (words.length === 0) return [];
  return searchIndex
    .map((entry) => {
      const lower = entry.text.toLowerCase();
      const counts = words.map((word) => lower.split(word).length - 1);
      return { entry, lower, score: counts.every((count) => count > 0) ? counts.reduce((a, b) => a + b, 0) : 0 };
    })
    .filter((found) => found.score > 0)
    .sort((a, b) => b.score - a.score)
    .map(({ entry, lower }) => {
      const at = lower.indexOf(words[0] ?? '');
      const start = Math.max(0, at - 80);
      const excerpt = entry.text
        .slice(start, at + 120)
        .replace(/\s+/g, ' ')
        .trim();
      return { entry, excerpt: `${start > 0 ? '… ' : ''}${excerpt} …` };
    });
}
