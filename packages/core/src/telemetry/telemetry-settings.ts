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
 * Reads `<meta name="council-components-telemetry">` and `window.councilComponents.telemetry`: `off` in either wins,
 * then the meta's value, then the global's. A value that is neither `off`, `debug` nor an absolute http(s) URL also
 * switches it off: a typo never sends. The sample comes from `<meta name="council-components-telemetry-sample">`,
 * then `window.councilComponents.sample`, else 1; a sample that is not a number above 0 sends nothing.
 */
export function telemetrySettings(): TelemetrySettings {
  const page = (globalThis as { councilComponents?: { telemetry?: unknown; sample?: unknown } }).councilComponents;
  // As text, whatever the page set: anything but the values below switches it off.
  const said = [meta(''), page?.telemetry].filter((each) => each !== undefined).map(String);
  const value = said[0];
  return [
    said.some((each) => /^off$/i.test(each))
      ? ''
      : value === undefined
        ? undefined
        : /^(debug|https?:\/\/.+)$/.test(value)
          ? value
          : '',
    Math.min(1, Number(meta('-sample') ?? page?.sample ?? 1)),
  ];
}
