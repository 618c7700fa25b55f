/**
 * GOV.UK Pay × every way an upstream has been seen to fail, over real HTTP: the resident's browser gets a typed
 * error it can word (never a hang, never a 500), the failure reaches the council's logs without the API key, and
 * no payment is left half made.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startFaultyUpstream,
  UPSTREAM_FAULTS,
  type FaultyUpstream,
  type UpstreamFault,
} from '@council-components/testing/fakes/faulty-upstream.js';
import { openApiChecker } from '@council-components/testing/openapi-responses.js';
import { openStorage, type Storage } from '../storage/open-storage.js';
import { govukPayClient } from './govuk-pay-client.js';
import { createPaymentsHandlers, priceList } from './payments-handler.js';

const KEY = 'api_test_fault-matrix-key';
const check = openApiChecker(resolve(import.meta.dirname, '../../openapi/payments.openapi.json'));

function expected(fault: UpstreamFault): { status: number; code: string } {
  switch (fault) {
    case 'hang':
    case 'drip':
      return { status: 504, code: 'provider-timeout' };
    case '401':
    case '403':
      return { status: 502, code: 'provider-misconfigured' };
    case '429-seconds':
    case '429-date':
      return { status: 503, code: 'provider-rate-limited' };
    default:
      return { status: 503, code: 'provider-unavailable' };
  }
}

let upstream: FaultyUpstream;
let storage: Storage;
let folder: string;
beforeAll(async () => {
  upstream = await startFaultyUpstream();
  folder = mkdtempSync(join(tmpdir(), 'council-pay-faults-'));
  storage = await openStorage({ url: `file:${join(folder, 'council.db')}` });
});
afterAll(async () => {
  await upstream.close();
  await storage.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('taking a payment while GOV.UK Pay fails, each way', () => {
  for (const fault of UPSTREAM_FAULTS) {
    const want = expected(fault);
    it(`${fault} → ${String(want.status)} ${want.code}, logged without the key, no payment half made`, async () => {
      const logged: string[] = [];
      const { create } = createPaymentsHandlers({
        storage,
        pay: govukPayClient({ apiKey: KEY, baseUrl: upstream.baseFor(fault), timeoutMs: 400, rateLimitBudgetMs: 300 }),
        priceOf: priceList([{ id: 'fine', amount: 7000, description: 'Parking fine', descriptionCy: 'Dirwy parcio' }]),
        returnUrl: 'https://council.example/pay',
        cookieSecret: 'a-cookie-secret-of-at-least-32-characters',
        webhookSecret: 'w',
        budgetMs: 1_000,
        onProviderError: (error) => logged.push(`${error.message} ${error.failure}`),
      });
      const started = Date.now();
      const response = await create(
        new Request('https://council.example/api/payments', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `fault-${fault}` },
          body: JSON.stringify({ item: 'fine', reference: `PCN-${fault}` }),
        }),
        { clientAddress: '192.0.2.9' },
      );
      const body: unknown = await response.json();
      expect({ status: response.status, body }).toMatchObject({
        status: want.status,
        body: { error: { code: want.code } },
      });
      expect(check('/api/payments', 'post', response.status, body)).toEqual([]);
      expect(Date.now() - started).toBeLessThan(2_500);
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(logged).toHaveLength(1);
      expect(logged[0]).toContain('GOV.UK Pay');
      expect(logged[0]).not.toContain(KEY);
      const row = await storage.db
        .selectFrom('payments')
        .select('status')
        .where('reference', '=', `PCN-${fault}`)
        .executeTakeFirst();
      expect(row?.status).toBe('not-created');
    });
  }
});
