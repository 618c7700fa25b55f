import { afterEach, describe, expect, it } from 'vitest';
import { telemetrySettings } from './telemetry-settings.js';
import { setMeta, type PageGlobal } from './telemetry.test.support.js';

const setGlobal = (settings: PageGlobal['councilComponents']): void => {
  (globalThis as PageGlobal).councilComponents = settings;
};

describe('telemetrySettings', () => {
  afterEach(() => {
    for (const meta of document.querySelectorAll('meta[name^="council-components-telemetry"]')) meta.remove();
    delete (globalThis as PageGlobal).councilComponents;
  });

  it('leaves the collector to core, at every page, when the page says nothing', () => {
    expect(telemetrySettings()).toEqual([undefined, 1]);
  });

  it('takes a collector, debug or off from the meta', () => {
    setMeta('council-components-telemetry', 'https://collector.example.gov.uk/beacons');
    expect(telemetrySettings()).toEqual(['https://collector.example.gov.uk/beacons', 1]);
    setMeta('council-components-telemetry', 'debug');
    expect(telemetrySettings()[0]).toBe('debug');
    setMeta('council-components-telemetry', 'off');
    expect(telemetrySettings()[0]).toBe('');
  });

  it('takes a collector, debug or off from the global', () => {
    setGlobal({ telemetry: 'http://127.0.0.1:8787/v1/beacons' });
    expect(telemetrySettings()[0]).toBe('http://127.0.0.1:8787/v1/beacons');
    setGlobal({ telemetry: 'debug' });
    expect(telemetrySettings()[0]).toBe('debug');
    setGlobal({ telemetry: 'OFF' });
    expect(telemetrySettings()[0]).toBe('');
  });

  it('prefers the meta to the global, but off in either wins', () => {
    setMeta('council-components-telemetry', 'debug');
    setGlobal({ telemetry: 'https://collector.example.gov.uk/beacons' });
    expect(telemetrySettings()[0]).toBe('debug');

    setGlobal({ telemetry: 'off' });
    expect(telemetrySettings()[0]).toBe('');

    setMeta('council-components-telemetry', 'off');
    setGlobal({ telemetry: 'https://collector.example.gov.uk/beacons' });
    expect(telemetrySettings()[0]).toBe('');
  });

  it.each([
    'on',
    'of',
    'debugger',
    '',
    '/v1/beacons',
    'collector.example.gov.uk',
    'ftp://collector.example.gov.uk/',
    'https://',
  ])('switches off for a value it does not know (%j): a typo never sends', (value) => {
    setMeta('council-components-telemetry', value);
    expect(telemetrySettings()[0]).toBe('');
  });

  it('switches off for a global that is not text', () => {
    setGlobal({ telemetry: false });
    expect(telemetrySettings()[0]).toBe('');
  });

  it('reads the sample from the meta, then the global, at most 1', () => {
    setGlobal({ sample: 0.25 });
    expect(telemetrySettings()[1]).toBe(0.25);
    setMeta('council-components-telemetry-sample', '0.1');
    expect(telemetrySettings()[1]).toBe(0.1);
    setMeta('council-components-telemetry-sample', '5');
    expect(telemetrySettings()[1]).toBe(1);
  });

  it.each(['0', '-1', 'half', ''])('gives a sample no page is sent at for %j', (sample) => {
    setMeta('council-components-telemetry-sample', sample);
    // `Math.random() < sample` is never true.
    expect(telemetrySettings()[1] > 0).toBe(false);
  });
});
