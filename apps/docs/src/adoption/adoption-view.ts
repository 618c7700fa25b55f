import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { builtPackageJsons } from '../built-packages.ts';
import { barChart, dailyChart } from './adoption-charts.ts';
import {
  ADOPTION_API,
  loadOverview,
  loadPackage,
  type AdoptionOverview,
  type Figures,
  type PackageAdoption,
  type VersionInUse,
} from './adoption-api.ts';
import snapshot from './adoption-snapshot.json';
import { versionsBehind } from './versions-behind.ts';

const number = new Intl.NumberFormat('en-GB');
const dayWords = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});

/** `2026-11-04T10` (an hour, UTC) or `2026-11-04` as "4 November 2026", London's date. */
function dateInWords(value: string): string {
  const time = Date.parse(value.length === 13 ? `${value}:00:00Z` : value.length === 10 ? `${value}T12:00:00Z` : value);
  return Number.isNaN(time) ? value : dayWords.format(time);
}

const STYLE = html`<style>
  council-docs-adoption {
    display: block;
    font-family: inherit;
    color: #0b0c0c;
    max-width: 960px;
  }
  council-docs-adoption .source {
    border-left: 5px solid #b1b4b6;
    padding: 0.5em 1em;
    margin: 1em 0;
  }
  council-docs-adoption table {
    border-collapse: collapse;
    margin: 0.5em 0 1.5em;
    min-width: 50%;
  }
  council-docs-adoption caption {
    text-align: left;
    font-weight: bold;
    padding-bottom: 0.5em;
  }
  council-docs-adoption th,
  council-docs-adoption td {
    border-bottom: 1px solid #b1b4b6;
    padding: 0.4em 1em 0.4em 0;
    text-align: left;
  }
  council-docs-adoption td.figure,
  council-docs-adoption th.figure {
    text-align: right;
  }
  council-docs-adoption .key-figures {
    display: flex;
    flex-wrap: wrap;
    gap: 1.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  council-docs-adoption .key-figures strong {
    display: block;
    font-size: 2em;
  }
  council-docs-adoption svg {
    max-width: 100%;
    height: auto;
  }
  council-docs-adoption summary {
    color: #1d70b8;
    cursor: pointer;
    text-decoration: underline;
  }
  council-docs-adoption summary:focus-visible {
    outline: 3px solid #fd0;
    background: #fd0;
    color: #0b0c0c;
  }
</style>`;

const shortName = (name: string): string => name.replace(/^@council-components\//, '');

// Each package's version as this site was built (its package.json): the latest release, when it is newer than any
// the collector has seen.
const releasedVersions = new Map([...builtPackageJsons.values()].map((json) => [json.name, json.version]));

/** The newest of the version seen in use and the version released, by semver. */
function latestOf(name: string, seen: string | null): string | null {
  const released = releasedVersions.get(name);
  if (!released || released === '0.0.0') return seen;
  if (!seen) return released;
  return versionsBehind(seen, released) === 'Latest' ? seen : released;
}

/**
 * `<council-docs-adoption>`: how widely councils use the components, from the adoption collector's read API (with
 * `package`, one component; without, every one). When the collector cannot be reached, the figures kept with the
 * site (the snapshot, with its date) are shown instead, and the page says so. Every chart has its figures in a table
 * after it.
 */
export class CouncilDocsAdoption extends LitElement {
  static override properties: PropertyDeclarations = {
    api: {},
    package: {},
    figures: { attribute: false },
  };

  /** The collector's read API, `…/v1/`. */
  declare api: string;
  /** One component's package (`@council-components/booking`); unset for every component. */
  declare package: string | undefined;
  /** Figures given directly (a story's example), instead of asking the collector. */
  declare figures: Figures<AdoptionOverview> | Figures<PackageAdoption> | undefined;

  #loading: AbortController | undefined;
  #markShown: () => void = () => undefined;
  readonly #shown = new Promise<void>((resolve) => (this.#markShown = resolve));

  constructor() {
    super();
    // `./council start` points the docs site at the collector it runs beside the sandbox.
    this.api = (import.meta.env['STORYBOOK_ADOPTION_API'] as string | undefined) ?? ADOPTION_API;
  }

  // Light DOM, as the components: the page's text (what a designer reads, and the docs site's test reads) is the
  // page's own, and its tables are in the docs page's reading order.
  override createRenderRoot(): HTMLElement {
    return this;
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    if (this.figures) this.#markShown();
    else if (changed.has('api') || changed.has('package')) void this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loading?.abort();
  }

  /** Resolves once figures are shown, live or from the snapshot (for stories and tests). */
  async shown(): Promise<void> {
    await this.#shown;
    await this.updateComplete;
  }

  async #load(): Promise<void> {
    this.#loading?.abort();
    const loading = (this.#loading = new AbortController());
    const figures = this.package
      ? await loadPackage(this.api, this.package, snapshot, loading.signal)
      : await loadOverview(this.api, snapshot, loading.signal);
    if (!loading.signal.aborted) this.figures = figures;
  }

  override render(): TemplateResult {
    const figures = this.figures;
    if (!figures)
      return html`${STYLE}
        <p role="status">Loading the adoption figures…</p>`;
    return html`${STYLE}${this.#renderSource(figures)}
    ${'packages' in figures.data ? this.#renderOverview(figures.data) : this.#renderPackage(figures.data)}`;
  }

  #renderSource(figures: Figures<AdoptionOverview | PackageAdoption>): TemplateResult {
    const since = figures.data.since ? ` Counted since ${dateInWords(figures.data.since)}.` : '';
    return html`<p class="source" role="status">
      ${
        figures.source === 'live'
          ? `Live figures from the adoption collector: pages seen in the last 30 days.${since}`
          : figures.source === 'snapshot'
            ? `The adoption collector could not be reached. These figures are from the snapshot of ${dateInWords(figures.takenOn)}.${since}`
            : 'Example figures, to show how this page reads. They are not real use.'
      }
    </p>`;
  }

  #renderOverview(overview: AdoptionOverview): TemplateResult {
    const used = overview.packages.filter((summary) => summary.sites > 0);
    const packages = overview.packages.map((summary) => ({
      ...summary,
      latestVersion: latestOf(summary.package, summary.latestVersion),
    }));
    const rows = packages.map((summary) => ({
      component: shortName(summary.package),
      councils: summary.councils,
      sites: summary.sites,
    }));
    return html`<h2>Councils using each component</h2>
      ${
        used.length
          ? barChart(rows, {
              label: 'Bar chart: councils using each component. The table after it gives the figures.',
              x: 'councils',
              y: 'component',
              xLabel: 'Councils',
            })
          : html`<p>No council has sent adoption figures yet.</p>`
      }
      <table>
        <caption>
          Adoption of each component
        </caption>
        <thead>
          <tr>
            <th scope="col">Component</th>
            <th scope="col" class="figure">Councils</th>
            <th scope="col" class="figure">Sites</th>
            <th scope="col" class="figure">Page views</th>
            <th scope="col">Latest version</th>
            <th scope="col" class="figure">Sites on an older version</th>
          </tr>
        </thead>
        <tbody>
          ${packages.map(
            (summary) =>
              html`<tr>
                <th scope="row">${summary.package}</th>
                <td class="figure">${number.format(summary.councils)}</td>
                <td class="figure">${number.format(summary.sites)}</td>
                <td class="figure">${number.format(summary.pageViews)}</td>
                <td>${summary.latestVersion ?? 'None seen'}</td>
                <td class="figure">
                  ${number.format(
                    summary.versions
                      .filter((version) => versionsBehind(version.version, summary.latestVersion) !== 'Latest')
                      .reduce((sum, version) => sum + version.sites, 0),
                  )}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>`;
  }

  #renderPackage(adoption: PackageAdoption): TemplateResult {
    const sites = adoption.councils.reduce((sum, council) => sum + council.sites.length, 0) + adoption.unknownSites;
    const pageViews = adoption.daily.reduce((sum, day) => sum + day.pageViews, 0);
    return html`<h2>Adoption of ${adoption.package}</h2>
      <ul class="key-figures">
        <li><strong>${number.format(adoption.councils.length)}</strong> councils</li>
        <li><strong>${number.format(sites)}</strong> sites</li>
        <li><strong>${number.format(pageViews)}</strong> page views in ${String(adoption.daily.length || 90)} days</li>
      </ul>
      <h3>Use over time</h3>
      ${
        adoption.daily.some((day) => day.pageViews > 0)
          ? html`${dailyChart(adoption.daily, {
                label: `Line chart: page views a day with ${shortName(adoption.package)}, over the last ${String(adoption.daily.length)} days. The table after it gives the figures.`,
              })}
              <details>
                <summary>Figures behind the chart</summary>
                <table>
                  <caption>
                    Use of ${adoption.package} day by day
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Day</th>
                      <th scope="col" class="figure">Page views</th>
                      <th scope="col" class="figure">Sites</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${adoption.daily.map(
                      (day) =>
                        html`<tr>
                          <th scope="row">${dateInWords(day.date)}</th>
                          <td class="figure">${number.format(day.pageViews)}</td>
                          <td class="figure">${number.format(day.sites)}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </details>`
          : html`<p>No page with this component has been counted yet.</p>`
      }
      <h3>Versions in use</h3>
      ${this.#renderVersions(adoption.versions, latestOf(adoption.package, adoption.latestVersion))}
      <h3>Councils using it</h3>
      ${
        adoption.councils.length
          ? html`<table>
              <caption>
                Councils using ${adoption.package}, with their sites
              </caption>
              <thead>
                <tr>
                  <th scope="col">Council</th>
                  <th scope="col">GSS code</th>
                  <th scope="col">Sites</th>
                  <th scope="col" class="figure">Page views</th>
                </tr>
              </thead>
              <tbody>
                ${adoption.councils.map(
                  (council) =>
                    html`<tr>
                      <th scope="row">${council.name}</th>
                      <td>${council.gss}</td>
                      <td>${council.sites.join(', ')}</td>
                      <td class="figure">${number.format(council.pageViews)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
          : html`<p>No council's site has been counted yet.</p>`
      }
      ${
        adoption.unknownSites
          ? html`<p>
              ${number.format(adoption.unknownSites)} more ${adoption.unknownSites === 1 ? 'site' : 'sites'} not yet
              matched to a council.
            </p>`
          : nothing
      }`;
  }

  #renderVersions(versions: readonly VersionInUse[], latest: string | null): TemplateResult {
    if (!versions.length) return html`<p>No version has been seen in use yet.</p>`;
    return html`${barChart(
        versions.map((version) => ({ version: version.version, sites: version.sites })),
        {
          label:
            'Bar chart: sites on each version. The table after it gives the figures and how far behind the latest each is.',
          x: 'sites',
          y: 'version',
          xLabel: 'Sites',
        },
      )}
      <table>
        <caption>
          Versions in use${latest ? `; the latest is ${latest}` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col" class="figure">Sites</th>
            <th scope="col" class="figure">Page views</th>
            <th scope="col">Behind the latest</th>
          </tr>
        </thead>
        <tbody>
          ${versions.map(
            (version) =>
              html`<tr>
                <th scope="row">${version.version}</th>
                <td class="figure">${number.format(version.sites)}</td>
                <td class="figure">${number.format(version.pageViews)}</td>
                <td>${versionsBehind(version.version, latest)}</td>
              </tr>`,
          )}
        </tbody>
      </table>`;
  }
}

if (!customElements.get('council-docs-adoption')) customElements.define('council-docs-adoption', CouncilDocsAdoption);
