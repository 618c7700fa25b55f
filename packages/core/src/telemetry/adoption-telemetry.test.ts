import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { adoptionBeaconShape } from '@council-components/http/adoption-beacon.js';
import { CouncilElement } from '../base-element.js';
import type * as AdoptionTelemetry from './adoption-telemetry.js';
import { noteAdoption } from './adoption-telemetry.js';
import { setMeta, type PageGlobal } from './telemetry.test.support.js';

/** The collector the test page names: a page that names one opts in on localhost and under webdriver. */
const COLLECTOR = 'https://collector.example.gov.uk/v1/beacons';

let packages = 0;

/**
 * A component of a package of its own: the page's record of which packages have sent outlives each test, as it
 * outlives every bundle on a real page.
 */
function newPackage(version = '1.2.3') {
  packages += 1;
  const packageName = `@council-components/telemetry-test-${String(packages)}`;
  const tag = `council-telemetry-test-${String(packages)}`;
  customElements.define(
    tag,
    class extends CouncilElement {
      static override packageName = packageName;
      static override version = version;
      protected render(): unknown {
        return '';
      }
    },
  );
  /** Puts one of its elements on the page, which notes the package as it connects. */
  const add = (attributes = ''): void => {
    document.body.insertAdjacentHTML('beforeend', `<${tag} class="telemetry-test" ${attributes}></${tag}>`);
  };
  return { packageName, tag, version, add };
}

/** What the page's code sees as the resident leaves, switches tab or locks the phone: the page becomes hidden. */
const leavePage = (): void => {
  Object.defineProperty(document, 'hidden', { value: true, configurable: true });
  try {
    document.dispatchEvent(new Event('visibilitychange'));
  } finally {
    Reflect.deleteProperty(document, 'hidden');
  }
};

/** Sets a property of `navigator` for one test (its own property hides the browser's). */
const navigatorSays = (name: 'globalPrivacyControl' | 'webdriver', value: boolean): void => {
  Object.defineProperty(navigator, name, { value, configurable: true });
};

describe('adoption telemetry', () => {
  let sendBeacon: MockInstance<Navigator['sendBeacon']>;
  let fetchSpy: MockInstance<typeof fetch>;

  beforeEach(() => {
    // The collector is the one service outside the page: its requests are caught here, and never leave.
    sendBeacon = vi.spyOn(navigator, 'sendBeacon').mockReturnValue(true);
    fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(null, { status: 204 }));
    setMeta('council-components-telemetry', COLLECTOR);
  });

  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    Reflect.deleteProperty(navigator, 'sendBeacon');
    for (const element of document.querySelectorAll('.telemetry-test, meta[name^="council-components-telemetry"]'))
      element.remove();
    delete (globalThis as PageGlobal).councilComponents;
    Reflect.deleteProperty(navigator, 'globalPrivacyControl');
    Reflect.deleteProperty(navigator, 'webdriver');
  });

  /** The beacons sent, read as the collector reads them (anything it would refuse throws). */
  const sent = () =>
    sendBeacon.mock.calls.map(([url, body]) => {
      expect(url).toBe(COLLECTOR);
      expect(typeof body).toBe('string'); // a string goes as text/plain: no CORS preflight
      return adoptionBeaconShape(JSON.parse(body as string));
    });

  it('sends one beacon as the page is hidden: the package, its elements counted, the origin and nothing more', () => {
    const component = newPackage('2.0.1');
    component.add();
    component.add('lang="cy"');
    component.add('telemetry="off"');
    component.add('telemetry="OFF"');
    leavePage();
    leavePage();

    expect(sent()).toEqual([
      {
        v: 1,
        package: component.packageName,
        version: '2.0.1',
        delivery: 'npm',
        elements: { [component.tag]: 2 },
        origin: location.origin,
        sample: 1,
      },
    ]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('sends once the page is idle, if it is not hidden first', async () => {
    const component = newPackage();
    component.add();
    expect(sendBeacon).not.toHaveBeenCalled();
    await new Promise((resolve) => requestIdleCallback(resolve));
    expect(sent().map((beacon) => beacon.package)).toEqual([component.packageName]);
    leavePage();
    expect(sendBeacon).toHaveBeenCalledTimes(1);
  });

  it('sends after the page has run its scripts where there is no idle callback (Safari)', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const component = newPackage();
    component.add();
    expect(sendBeacon).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve));
    expect(sent().map((beacon) => beacon.package)).toEqual([component.packageName]);
  });

  it('sends when the page becomes hidden (another tab, the phone locked)', () => {
    const component = newPackage();
    component.add();
    // Shown again (back to the tab): not yet.
    document.dispatchEvent(new Event('visibilitychange'));
    expect(sendBeacon).not.toHaveBeenCalled();
    leavePage();
    expect(sent().map((beacon) => beacon.package)).toEqual([component.packageName]);
  });

  it('sends one beacon per package however many copies of core and of the package are on the page', async () => {
    // A second copy of this module, as a second bundle on the page has: its own module state, the same page.
    const copy = (await import(
      /* @vite-ignore */ new URL('./adoption-telemetry.ts?second-bundle', import.meta.url).href
    )) as typeof AdoptionTelemetry;
    expect(copy.noteAdoption).not.toBe(noteAdoption);

    const first = newPackage('1.0.0');
    const other = newPackage('3.0.0');
    first.add();
    first.add();
    copy.noteAdoption(first.packageName, '0.9.0');
    noteAdoption(first.packageName, '1.0.0');
    other.add();
    copy.noteAdoption(other.packageName, '3.0.0');
    leavePage();

    expect(sent()).toEqual([
      expect.objectContaining({ package: first.packageName, version: '1.0.0', elements: { [first.tag]: 2 } }),
      expect.objectContaining({ package: other.packageName, version: '3.0.0', elements: { [other.tag]: 1 } }),
    ]);
  });

  const sendsNothingWhen: [string, () => void][] = [
    [
      'the page names no collector, on localhost under test',
      () => document.querySelector('meta[name="council-components-telemetry"]')?.remove(),
    ],
    [
      'the page names no collector, on localhost, even with no webdriver',
      () => {
        document.querySelector('meta[name="council-components-telemetry"]')?.remove();
        navigatorSays('webdriver', false);
      },
    ],
    ['the browser sends Global Privacy Control', () => navigatorSays('globalPrivacyControl', true)],
    ['the meta says off', () => setMeta('council-components-telemetry', 'off')],
    [
      'the global says off, whatever the meta says',
      () => {
        (globalThis as PageGlobal).councilComponents = { telemetry: 'off' };
      },
    ],
    ['the meta is not understood', () => setMeta('council-components-telemetry', 'yes please')],
    ['the sample is 0', () => setMeta('council-components-telemetry-sample', '0')],
    [
      'the global sample is 0',
      () => {
        (globalThis as PageGlobal).councilComponents = { sample: 0 };
      },
    ],
  ];

  it.each(sendsNothingWhen)('sends nothing when %s', (_when, arrange) => {
    arrange();
    const component = newPackage();
    component.add();
    leavePage();
    expect(sendBeacon).not.toHaveBeenCalled();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('sends nothing when every element of the package says telemetry="off"', () => {
    const component = newPackage();
    component.add('telemetry="off"');
    leavePage();
    expect(sendBeacon).not.toHaveBeenCalled();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('logs the beacon instead of sending it in debug mode, even on localhost', () => {
    document.querySelector('meta[name="council-components-telemetry"]')?.remove();
    (globalThis as PageGlobal).councilComponents = { telemetry: 'debug' };
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const component = newPackage();
    component.add();
    leavePage();
    expect(info).toHaveBeenCalledWith('council-components-telemetry', {
      v: 1,
      package: component.packageName,
      version: component.version,
      delivery: 'npm',
      elements: { [component.tag]: 1 },
      origin: location.origin,
      sample: 1,
    });
    expect(sendBeacon).not.toHaveBeenCalled();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('sends from the sampled share of pages, with one draw per page per package, and says the sample', () => {
    setMeta('council-components-telemetry-sample', '0.25');
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.25);
    const notDrawn = newPackage();
    notDrawn.add();
    leavePage();
    expect(sendBeacon).not.toHaveBeenCalled();

    random.mockReturnValue(0.2499);
    const drawn = newPackage();
    drawn.add();
    leavePage();
    expect(random).toHaveBeenCalledTimes(2);
    expect(sent()).toEqual([expect.objectContaining({ package: drawn.packageName, sample: 0.25 })]);
  });

  it('falls back to fetch keepalive, as text/plain, when sendBeacon refuses', () => {
    sendBeacon.mockReturnValue(false);
    const component = newPackage();
    component.add();
    leavePage();
    expect(sendBeacon).toHaveBeenCalledTimes(1);
    // Keepalive, so that it outlives the page; to another site, so without cookies (fetch's default credentials).
    expect(fetchSpy).toHaveBeenCalledExactlyOnceWith(COLLECTOR, {
      method: 'POST',
      body: sendBeacon.mock.calls[0]?.[1],
      keepalive: true,
    });
  });

  it('sends with fetch where there is no sendBeacon', () => {
    Object.defineProperty(navigator, 'sendBeacon', { value: undefined, configurable: true });
    const component = newPackage();
    component.add();
    leavePage();
    expect(fetchSpy).toHaveBeenCalledOnce();
    const [url, init] = fetchSpy.mock.calls[0] ?? [];
    expect(url).toBe(COLLECTOR);
    const { body, ...rest } = init ?? {};
    expect(rest).toEqual({ method: 'POST', keepalive: true });
    expect(typeof body).toBe('string'); // text/plain, as sendBeacon's would be
    expect(JSON.parse(body as string)).toMatchObject({ package: component.packageName });
  });

  it('never throws, and tries nothing again, when sending fails', async () => {
    sendBeacon.mockImplementation(() => {
      throw new TypeError('Refused to connect: Content Security Policy');
    });
    const thrown = newPackage();
    thrown.add();
    expect(leavePage).not.toThrow();

    sendBeacon.mockReturnValue(false);
    fetchSpy.mockRejectedValue(new TypeError('Failed to fetch'));
    const rejected = newPackage();
    rejected.add();
    expect(leavePage).not.toThrow();
    // A rejection nobody handles would fail the run.
    await new Promise((resolve) => setTimeout(resolve, 50));
    leavePage();
    expect(sendBeacon).toHaveBeenCalledTimes(2);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });

  it('never touches cookies or storage', () => {
    const cookie = vi.spyOn(Document.prototype, 'cookie', 'get');
    const setCookie = vi.spyOn(Document.prototype, 'cookie', 'set');
    const storage = vi.spyOn(window, 'localStorage', 'get');
    const session = vi.spyOn(window, 'sessionStorage', 'get');
    const idb = vi.spyOn(window, 'indexedDB', 'get');
    const component = newPackage();
    component.add();
    leavePage();
    expect(sendBeacon).toHaveBeenCalledTimes(1);
    for (const spy of [cookie, setCookie, storage, session, idb]) expect(spy).not.toHaveBeenCalled();
  });
});
