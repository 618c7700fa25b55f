import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from './server.ts';

// `./council start` gives the sandbox the collector it runs (SANDBOX_ADOPTION_COLLECTOR): its pages name it, which a
// page on localhost needs to send at all, and their CSP lets them reach it. The beacons themselves are followed from
// page to docs site in apps/collector/src/adoption-end-to-end.test.ts.
const COLLECTOR = 'http://127.0.0.1:8788/v1/beacons';

let named: RunningSandbox;
let unnamed: RunningSandbox;

beforeAll(async () => {
  named = await startSandbox(0, { adoptionCollector: COLLECTOR });
  unnamed = await startSandbox(0);
});
afterAll(async () => {
  await named.close();
  await unnamed.close();
});

const get = async (sandbox: RunningSandbox, path: string) => {
  const response = await fetch(new URL(path, sandbox.url));
  return { html: await response.text(), csp: response.headers.get('content-security-policy') ?? '' };
};

describe('the sandbox with an adoption collector', () => {
  it.each(['/', '/?delivery=loader&lang=cy', '/?csp=nonce', '/pay'])(
    'names it in the page %s and lets the page reach it, and nothing else',
    async (path) => {
      const { html, csp } = await get(named, path);
      expect(html).toContain(`<meta name="council-components-telemetry" content="${COLLECTOR}">`);
      expect(csp).toMatch(/(^|; )connect-src 'self' http:\/\/127\.0\.0\.1:8788(;|$)/);
    },
  );

  it('without one, says nothing and allows nothing more', async () => {
    const { html, csp } = await get(unnamed, '/');
    expect(html).not.toContain('council-components-telemetry');
    expect(csp).toMatch(/(^|; )connect-src 'self'(;|$)/);
  });
});
