import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CustomElementsManifest, ManifestCssProperty } from './custom-elements-manifest.ts';

/** Core's theme tokens: each `--council-*` custom property's default and what it colours. */
export interface ThemeTokens {
  defaults: Readonly<Record<string, string>>;
  descriptions: Readonly<Record<string, string>>;
}

/** Where core publishes its theme tokens (built: a component package builds after core). */
const THEME_TOKENS_MODULE = '@council-components/core/styles/theme-tokens.js';

const TOKEN_READ = /var\(\s*(--council-[\w-]+)/g;

/** The `--council-*` tokens that CSS (or a bundle carrying CSS) reads with `var()`, each once, in name order. */
export function councilTokensRead(code: string): string[] {
  const names = new Set([...code.matchAll(TOKEN_READ)].map((match) => match[1] ?? ''));
  return [...names].sort();
}

/**
 * The `cssProperties` of a custom-elements manifest for what a bundle reads: each token with its description and
 * default from core's theme tokens. A token the theme tokens do not describe fails the build, rather than being
 * published to councils with no word on what it does.
 */
export function cssPropertiesRead(code: string, tokens: ThemeTokens): ManifestCssProperty[] {
  const names = councilTokensRead(code);
  const undescribed = names.filter((name) => tokens.descriptions[name] === undefined);
  if (undescribed.length > 0) {
    throw new Error(
      `the bundle reads ${undescribed.join(', ')}, which core's theme tokens do not describe ` +
        '(packages/core/src/styles/theme-tokens.ts)',
    );
  }
  return names.map((name) => ({
    name,
    description: tokens.descriptions[name] ?? '',
    default: tokens.defaults[name] ?? '',
  }));
}

/** The manifest with `cssProperties` on every custom element: the elements of a package share one bundle. */
export function withCssProperties(
  manifest: CustomElementsManifest,
  cssProperties: readonly ManifestCssProperty[],
): CustomElementsManifest {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) =>
        declaration.customElement && declaration.tagName
          ? { ...declaration, cssProperties: [...cssProperties] }
          : declaration,
      ),
    })),
  };
}

const isStringRecord = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && Object.values(value).every((each) => typeof each === 'string');

/** Core's built theme tokens, as the component package at `packageDir` depends on them. */
export async function readThemeTokens(packageDir: string): Promise<ThemeTokens> {
  const file = createRequire(join(packageDir, 'package.json')).resolve(THEME_TOKENS_MODULE);
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const { councilTokenDefaults: defaults, themeTokenDescriptions: descriptions } = module;
  if (!isStringRecord(defaults) || !isStringRecord(descriptions)) {
    throw new Error(`${file} exports no councilTokenDefaults and themeTokenDescriptions`);
  }
  return { defaults, descriptions };
}

/**
 * Lists in the package's `custom-elements.json` the CSS custom properties its script-tag bundle reads (the CSS there
 * is purged to what the elements render), so that tools and the docs site's API tables say which tokens theme it.
 */
export async function addCssPropertiesToManifest(packageDir: string, bundle: string): Promise<CustomElementsManifest> {
  const tokens = await readThemeTokens(packageDir);
  const cssProperties = cssPropertiesRead(readFileSync(join(packageDir, bundle), 'utf8'), tokens);
  const file = join(packageDir, 'custom-elements.json');
  const manifest = withCssProperties(JSON.parse(readFileSync(file, 'utf8')) as CustomElementsManifest, cssProperties);
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
