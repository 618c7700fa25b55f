import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiChecker } from '@council-components/testing/openapi-responses.js';
import { startSandbox, type RunningSandbox } from './server.ts';

const check = openApiChecker(
  fileURLToPath(new URL('../../../packages/server/openapi/booking.openapi.json', import.meta.url)),
);

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox(0);
});
afterAll(async () => {
  await sandbox.close();
});

async function call(path: string, init: RequestInit = {}): Promise<{ status: number; body: unknown }> {
  const response = await fetch(new URL(path, sandbox.url), init);
  const body: unknown = await response.json();
  const method = (init.method ?? 'GET').toLowerCase();
  expect(check(new URL(path, sandbox.url).pathname, method, response.status, body), `${method} ${path}`).toEqual([]);
  return { status: response.status, body };
}

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  call(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('the sandbox’s booking back end, configured in one file', () => {
  it('books a tip visit end to end over HTTP: services, a day’s slots, a hold, the booking, its cancellation', async () => {
    const services = (await call('/api/booking/services')).body as {
      services: { id: string }[];
      bookable: { from: string; to: string };
    };
    expect(services.services.map(({ id }) => id)).toEqual(['tip-visit', 'registrar', 'bulky-waste']);
    const availability = (await call(`/api/booking/availability?service=tip-visit&from=${services.bookable.from}`))
      .body as { days: { date: string; slots: { start: string; status: string; placesLeft: number }[] }[] };
    const slot = availability.days.flatMap(({ slots }) => slots).find(({ status }) => status === 'free');
    if (!slot) throw new Error('no free slot in the sandbox’s first fortnight');
    expect(slot.placesLeft).toBe(6);
    const hold = await post('/api/booking/holds', { service: 'tip-visit', start: slot.start });
    expect(hold.status).toBe(201);
    const booked = await post(
      '/api/booking/bookings',
      { hold: (hold.body as { hold: string }).hold, name: 'Sam Jones', email: 'sam@example.com', language: 'cy' },
      { 'Idempotency-Key': crypto.randomUUID() },
    );
    expect(booked.body).toMatchObject({ service: 'tip-visit', start: slot.start, status: 'booked' });
    const { reference, token } = booked.body as { reference: string; token: string };
    expect((await post('/api/booking/cancel', { reference, token })).body).toMatchObject({ status: 'cancelled' });
  });
});
