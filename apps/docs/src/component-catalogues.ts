import type { Catalogue, Message } from '@council-components/core/i18n/catalogue.js';
import {
  coreWelshSources,
  type NoWelshSource,
  type WelshSource,
  type WelshSources,
} from '@council-components/core/i18n/welsh-sources.js';
import { addressSearchWelshSources } from '@council-components/core/search/address-search.welsh-sources.js';
import { packageFolderOf } from './built-packages.ts';

/**
 * Every component's strings as it ships them (`<name>.strings.ts`), in English and Welsh, with where each Welsh
 * string comes from (`<name>.welsh-sources.ts`), by package folder. The docs pages' error messages table, their
 * Welsh notes and the Welsh strings page all read these, so none can say other words than the component does, and a
 * new component's appear the moment its files exist.
 */
export interface ComponentCatalogue {
  /** The catalogue's file name: `address-lookup` for `address-lookup.strings.ts`. */
  name: string;
  en: Readonly<Record<string, Message>>;
  cy: Readonly<Record<string, Message>>;
  /** Where each Welsh string comes from, core's and the kit's address search's included. */
  sources: Readonly<Record<string, WelshSource | NoWelshSource>>;
}

const stringModules = import.meta.glob<Record<string, unknown>>('../../../packages/*/src/*.strings.ts', {
  eager: true,
});
const sourceModules = import.meta.glob<Record<string, unknown>>('../../../packages/*/src/*.welsh-sources.ts', {
  eager: true,
});

const isCatalogue = (value: unknown): value is Catalogue<string> =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Partial<Catalogue<string>>).en === 'object' &&
  typeof (value as Partial<Catalogue<string>>).cy === 'object';

function catalogueIn(path: string, module: Record<string, unknown>): ComponentCatalogue | undefined {
  const catalogue = Object.values(module).find(isCatalogue);
  if (!catalogue) return undefined;
  const own = Object.values(sourceModules[path.replace(/\.strings\.ts$/, '.welsh-sources.ts')] ?? {})[0] as
    WelshSources<string> | undefined;
  return {
    name: /([a-z-]+)\.strings\.ts$/.exec(path)?.[1] ?? path,
    en: catalogue.en,
    cy: catalogue.cy,
    // The kit's address search is in the catalogue of every component that finds a property.
    sources: { ...coreWelshSources, ...addressSearchWelshSources, ...own },
  };
}

export const componentCatalogues: ReadonlyMap<string, ComponentCatalogue> = new Map(
  Object.entries(stringModules).flatMap(([path, module]) => {
    const catalogue = catalogueIn(path, module);
    return catalogue ? [[packageFolderOf(path), catalogue] as const] : [];
  }),
);

/** How many of a catalogue's Welsh strings use a government service's words, are close to them, or are for review. */
export interface WelshSourceCounts {
  strings: number;
  same: number;
  close: number;
  forReview: number;
}

export function welshSourceCountsOf(catalogue: ComponentCatalogue): WelshSourceCounts {
  const keys = Object.keys(catalogue.cy);
  const sources = keys.map((key) => catalogue.sources[key]);
  return {
    strings: keys.length,
    same: sources.filter((source) => source?.service && source.match === 'same').length,
    close: sources.filter((source) => source?.service && source.match === 'close').length,
    forReview: sources.filter((source) => !source?.service).length,
  };
}
