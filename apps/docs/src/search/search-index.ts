import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { isExportStory, storyNameFromExport } from 'storybook/internal/csf';
import { packageFolderOf, storybookIdOf } from '../built-packages.ts';
import { statusOf } from '../library/component-status.ts';

/**
 * The docs site's full-text index, built when the site is built, from what its pages say: each component page (what
 * it is for, its status, each state's sentence on when it appears, its attributes and events, its error messages in
 * English and Welsh, the CSS custom properties that theme it), every Foundations page (what it says, its stories, and
 * its table: for Theming, each token and what it colours) and every Markdown page (the Introduction, the guides,
 * proposing a component). Storybook's own search finds story names only.
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
const foundations = import.meta.glob<Record<string, unknown>>('../foundations/*.stories.ts', { eager: true });
const markdownPages = import.meta.glob<string>('../**/*.mdx', { eager: true, query: '?raw', import: 'default' });

interface Declaration {
  tagName?: string;
  attributes?: { name: string; description?: string }[];
  events?: { name: string; description?: string }[];
  cssProperties?: { name: string; description?: string }[];
}

/** What a page's or a story's `parameters.docs.description` says: the text above it on its docs page. */
const docsDescriptionOf = (parameters: Meta['parameters'], which: 'component' | 'story'): string =>
  (parameters?.['docs'] as { description?: Partial<Record<typeof which, string>> } | undefined)?.description?.[which] ??
  '';

/** The entry of the docs page titled `title` (`Components/Address lookup`), as the sidebar names it and opens it. */
const pageEntry = (title: string, text: string): SearchEntry => ({
  title: title.replaceAll('/', ' › '),
  href: `./?path=/docs/${storybookIdOf(title)}--docs`,
  text,
});

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
    const status = statusOf(parameters['status']);
    const declarations = Object.entries(manifests)
      .filter(([file]) => packageFolderOf(file) === folder)
      .flatMap(([, manifest]) => manifest.modules.flatMap((module) => module.declarations ?? []))
      .filter((declaration) => declaration.tagName);
    const api = declarations
      .flatMap((declaration) => [
        ...(declaration.attributes ?? []),
        ...(declaration.events ?? []),
        ...(declaration.cssProperties ?? []),
      ])
      .map((each) => `${each.name} ${each.description ?? ''}`);
    const own = (modules: Record<string, Record<string, unknown>>, keep: (key: string) => boolean) =>
      Object.entries(modules)
        .filter(([file]) => packageFolderOf(file) === folder)
        .flatMap(([, module]) => sentencesIn(module, keep));
    const text = [
      docsDescriptionOf(parameters, 'component'),
      status ? `Status: ${status.label}. ${status.meaning}` : '',
      // What the page says from its stories' parameters: when to use it, its accessibility, its Welsh.
      ...['guidance', 'accessibility', 'welsh'].flatMap((name) => sentencesIn(parameters[name], () => true)),
      'Use it on your site: script tag, loader, npm, React; the version pinned, with its SRI hash (integrity).',
      'Accessibility: WCAG 2.2 AA, what was tested and how, known issues, text for your accessibility statement.',
      'Welsh: Cymraeg, the language of the page, Welsh strings and their sources. Give feedback: email.',
      ...own(fixtures, (key) => key === 'when' || key === 'title'),
      ...api,
      ...own(strings, () => true),
    ].join(' \n');
    return [pageEntry(meta.title, text)];
  });
}

/** Each story of a stories module, by the name its docs page shows, with what its docs description says. */
function storiesOf(module: Record<string, unknown>, meta: Meta): string[] {
  return Object.entries(module)
    .filter(([key, value]) => isExportStory(key, meta) && typeof value === 'object' && value !== null)
    .map(([key, value]) => {
      const story = value as StoryObj;
      return `${story.name ?? storyNameFromExport(key)} ${docsDescriptionOf(story.parameters, 'story')}`;
    });
}

/**
 * One entry for each Foundations docs page (Theming, GOV.UK parts, Welsh strings): what the page says, its stories,
 * and its table of args, which for Theming is every `--council-*` token with what it colours (core's theme tokens),
 * so that a search for a token or a colour's use finds the page that documents it.
 */
function foundationEntries(): SearchEntry[] {
  return Object.values(foundations).flatMap((module): SearchEntry[] => {
    const meta = module['default'] as Meta | undefined;
    if (!meta?.title?.startsWith('Foundations/')) return [];
    const table = Object.entries(meta.argTypes ?? {}).map(([name, argType]) => `${name} ${argType?.description ?? ''}`);
    const text = [docsDescriptionOf(meta.parameters, 'component'), ...storiesOf(module, meta), ...table].join(' \n');
    return [pageEntry(meta.title, text)];
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
      .replace(/[`*#|]/g, ' ')
      // Emphasis underscores, not those inside a name (`DISALLOW_UNFILTERED_HTML`, `council_address_lookup`).
      .replace(/(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])/g, ' ')
      .replace(/-{3,}/g, ' ');
    return [pageEntry(title, text)];
  });
}

export const searchIndex: readonly SearchEntry[] = [
  ...markdownEntries(),
  ...foundationEntries(),
  ...componentEntries(),
];

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
