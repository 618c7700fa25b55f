import { areaY, axisX, axisY, barX, lineY, plot, ruleX, text } from '@observablehq/plot';

/**
 * The adoption view's charts, drawn by Observable Plot as SVG (it scales with the page's zoom and its text is the
 * page's font). Each is an image with a name saying what it shows; the figures behind it are in the table the view
 * puts after it, which is what a screen reader reads.
 */

const style = { fontFamily: 'inherit', fontSize: '14px', overflow: 'visible' } as const;

/** Marks the chart as one image with a name, its parts hidden from assistive technology (the table says them). */
function asImage(chart: Element, label: string): Element {
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', label);
  for (const part of chart.querySelectorAll('[aria-label], [aria-description]')) {
    part.removeAttribute('aria-label');
    part.removeAttribute('aria-description');
  }
  return chart;
}

/** Horizontal bars, one per row, each labelled with its figure. */
export function barChart<Row extends Record<string, unknown>>(
  rows: readonly Row[],
  options: { label: string; x: keyof Row & string; y: keyof Row & string; xLabel: string; width?: number },
): Element {
  const most = Math.max(0, ...rows.map((row) => Number(row[options.x])));
  const chart = plot({
    style,
    width: options.width ?? 640,
    height: 56 + rows.length * 36,
    marginLeft: 200,
    marginRight: 48,
    marginBottom: 40,
    // Counts of councils and sites are whole: no tick at 0.5 of a site.
    x: {
      label: options.xLabel,
      labelAnchor: 'center',
      grid: true,
      nice: true,
      ...(most <= 10 ? { ticks: Array.from({ length: most + 1 }, (_, at) => at) } : {}),
    },
    y: { label: null, domain: rows.map((row) => row[options.y]) },
    marks: [
      barX(rows, { x: options.x, y: options.y, fill: 'var(--docs-chart-fill, #1d70b8)' }),
      text(rows, {
        x: options.x,
        y: options.y,
        text: (row: Row) => String(row[options.x]),
        dx: 6,
        textAnchor: 'start',
      }),
      ruleX([0]),
    ],
  });
  return asImage(chart, options.label);
}

/** Page views a day, as a line over its area. */
export function dailyChart(
  days: readonly { date: string; pageViews: number }[],
  options: { label: string; width?: number },
): Element {
  const points = days.map((day) => ({ day: new Date(`${day.date}T00:00:00Z`), pageViews: day.pageViews }));
  const chart = plot({
    style,
    width: options.width ?? 640,
    height: 240,
    marginLeft: 56,
    x: { type: 'utc', label: null },
    y: { label: 'Page views a day', grid: true, nice: true, zero: true },
    marks: [
      axisX({
        ticks: 6,
        tickFormat: (day: Date) => day.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }),
      }),
      axisY({ ticks: 5 }),
      areaY(points, { x: 'day', y: 'pageViews', fill: 'var(--docs-chart-fill, #1d70b8)', fillOpacity: 0.15 }),
      lineY(points, { x: 'day', y: 'pageViews', stroke: 'var(--docs-chart-fill, #1d70b8)', strokeWidth: 2 }),
    ],
  });
  return asImage(chart, options.label);
}
