/**
 * The exact code a council pastes to use a component, for each way of delivering it: pinned to the release's
 * version, with its SRI hash from the build's `integrity.json`. Pure functions: the snippet builder on each
 * component's docs page shows what they return, and the tests paste it into a blank page.
 */

/** How a council gets the component onto its pages. */
export type SnippetDelivery = 'script-tag' | 'loader' | 'npm' | 'react';

export const SNIPPET_DELIVERIES: readonly { value: SnippetDelivery; label: string; hint: string }[] = [
  {
    value: 'script-tag',
    label: 'Script tag',
    hint: 'One file for this component, from a CDN: for a CMS page. Works back to iOS 16.4.',
  },
  {
    value: 'loader',
    label: 'Loader',
    hint: 'One script for every component: it fetches only those the page uses (Safari 17 and later).',
  },
  { value: 'npm', label: 'npm', hint: 'For a council’s own build: install the package and import it.' },
  { value: 'react', label: 'React', hint: 'For a React app: a typed wrapper for the element.' },
];

/** Where the script-tag files come from: jsDelivr's npm mirror, which serves every published release. */
export const CDN = 'https://cdn.jsdelivr.net/npm/';

/** A published file of a release: its path in the package and its SRI hash. */
export interface ReleaseFile {
  path: string;
  integrity: string;
}

/** What the builder knows of a component's release and of the loader's. */
export interface SnippetRelease {
  package: string;
  version: string;
  tag: string;
  /** The component's own script-tag bundle. */
  bundle: ReleaseFile;
  /** The React wrapper's export (`CouncilAddressLookup`). */
  reactName: string;
  loader: { version: string; file: ReleaseFile };
}

/** An attribute set in the builder: its name, the element's property for it (React), and its value (`true`: given). */
export interface SnippetAttribute {
  attribute: string;
  property: string;
  value: string | true;
}
export type SnippetAttributes = readonly SnippetAttribute[];

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A JSX attribute's value: plain text in quotes, or, where a quote could end it, a JavaScript string. */
const jsxValue = (value: string): string => (/["\\{}]/.test(value) ? `{${JSON.stringify(value)}}` : `"${value}"`);

/** `<council-x name="…" required></council-x>` */
export function elementMarkup(tag: string, attributes: SnippetAttributes): string {
  const given = attributes.map(({ attribute, value }) =>
    value === true ? ` ${attribute}` : ` ${attribute}="${escapeAttribute(value)}"`,
  );
  return `<${tag}${given.join('')}></${tag}>`;
}

/** `<script type="module" src="…" integrity="…" crossorigin="anonymous"></script>` for a file of a release on the CDN. */
function scriptTag(packageName: string, version: string, file: ReleaseFile): string {
  const src = `${CDN}${packageName}@${version}/${file.path.replace(/^\.\//, '')}`;
  return `<script type="module" src="${src}" integrity="${file.integrity}" crossorigin="anonymous"></script>`;
}

/** The code to paste for `delivery`, exactly as the builder shows and copies it. */
export function snippetFor(release: SnippetRelease, delivery: SnippetDelivery, attributes: SnippetAttributes): string {
  const element = elementMarkup(release.tag, attributes);
  switch (delivery) {
    case 'script-tag':
      return `${scriptTag(release.package, release.version, release.bundle)}\n\n${element}\n`;
    case 'loader':
      return `${scriptTag('@council-components/loader', release.loader.version, release.loader.file)}\n\n${element}\n`;
    case 'npm':
      return (
        `npm install ${release.package}@${release.version}\n\n` +
        `// Once, in your application's entry point: defines <${release.tag}>.\n` +
        `import '${release.package}/define.js';\n\n` +
        `<!-- In your page or template -->\n${element}\n`
      );
    case 'react': {
      const props = attributes.map(({ property, value }) =>
        value === true ? ` ${property}` : ` ${property}=${jsxValue(value)}`,
      );
      return (
        `npm install ${release.package}@${release.version} @council-components/react\n\n` +
        `import { ${release.reactName} } from '@council-components/react/${release.package.replace('@council-components/', '')}.js';\n\n` +
        `<${release.reactName}${props.join('')} />\n`
      );
    }
  }
}
