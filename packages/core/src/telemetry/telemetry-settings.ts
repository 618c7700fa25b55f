/**
 * What the page says about adoption telemetry, read when a beacon is due: where beacons go (the collector's URL the
 * page chose, `'debug'` to log them and send nothing, `''` for nothing at all, or undefined when the page says
 * nothing: then the default collector, from a page a resident could be on), and the share of pages that send, at
 * most 1 (0 or not a number: none).
 */
export type TelemetrySettings = [to: string | undefined, sample: number];

const meta = (name: string): string | undefined =>
  document.querySelector<HTMLMetaElement>(`meta[name="council-components-telemetry${name}"]`)?.content;

/**
 * Reads `<meta name="council-components-telemetry">`, then `window.councilComponents.telemetry`: the meta's value
 * wins, and `off` in either switches it off (the meta's because it is not a URL, the global's whatever the meta
 * says). A value that is neither `debug` nor an absolute http(s) URL switches it off: a typo never sends. The sample comes from
 * `<meta name="council-components-telemetry-sample">`, then `window.councilComponents.sample`, else 1; a sample that
 * is not a number above 0 sends nothing.
 */
export function telemetrySettings(): TelemetrySettings {
  const page = (globalThis as { councilComponents?: { telemetry?: unknown; sample?: unknown } }).councilComponents;
  // Whatever the page set, read as text (a regular expression's test does): anything but the values below is off.
  const value = meta('') ?? page?.telemetry;
  return [
    value === undefined
      ? undefined
      : !/^off$/i.test(page?.telemetry as string) && /^(debug$|https?:\/\/.)/.test(value as string)
        ? (value as string)
        : '',
    Math.min(1, +(meta('-sample') ?? page?.sample ?? 1)),
  ];
}
