import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * The ways an address vendor's API has been seen to fail, each served for real
 * over HTTP so that resets, drips and huge bodies behave as they do on the
 * wire. An adapter's base URL chooses the fault: `${upstream.baseFor('hang')}`.
 */
export const UPSTREAM_FAULTS = [
  'hang',
  'drip',
  'reset',
  '401',
  '403',
  '404',
  '429-seconds',
  '429-date',
  '500',
  'html',
  'invalid-json',
  'wrong-shape',
  'missing-fields',
  'oversized-body',
] as const;

export type UpstreamFault = (typeof UPSTREAM_FAULTS)[number];

/** Bytes the `oversized-body` fault offers, sent in 64 KiB chunks as the reader takes them. */
export const OVERSIZED_BODY_BYTES = 256 * 1024 * 1024;
/** The wait a `429-seconds` fault asks for, and (as a date) a `429-date` fault. */
export const FAULT_RETRY_AFTER_SECONDS = 120;

export interface FaultyUpstream {
  /** A base URL whose every request is answered with `fault`. */
  baseFor(fault: UpstreamFault): string;
  /** Requests received, by fault. */
  readonly received: ReadonlyMap<UpstreamFault, number>;
  close(): Promise<void>;
}

/**
 * A record of each vendor's list with its required fields missing or null, as
 * the vendor's own container: chosen by the request's path (OS Places
 * `/postcode`, Ideal Postcodes `/v1/postcodes/`, getAddress.io `/find/`).
 */
function missingFieldsFor(path: string): unknown {
  if (path.endsWith('/postcode')) {
    return { header: { totalresults: 2 }, results: [{ DPA: { UPRN: '1' } }, { LPI: { UPRN: null } }] };
  }
  if (path.includes('/v1/postcodes/')) return { code: 2000, message: 'Success', result: [{ line_1: 'x' }, null] };
  return { postcode: 'SA1 1DP', addresses: [{ line_1: null }, {}] };
}

export async function startFaultyUpstream(): Promise<FaultyUpstream> {
  const received = new Map<UpstreamFault, number>();
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };

  const answer = (fault: UpstreamFault, path: string, req: IncomingMessage, res: ServerResponse): void => {
    switch (fault) {
      case 'hang':
        return;
      case 'drip': {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        const timer = setInterval(() => res.write(' '), 50);
        timers.add(timer);
        req.socket.on('close', () => clearInterval(timer));
        return;
      }
      case 'reset':
        req.socket.destroy();
        return;
      case '401':
      case '403':
      case '404':
      case '500':
        return json(res, Number(fault), { error: { message: `Upstream said ${fault}` } });
      case '429-seconds':
        return json(res, 429, { error: 'slow down' }, { 'Retry-After': String(FAULT_RETRY_AFTER_SECONDS) });
      case '429-date':
        return json(
          res,
          429,
          { error: 'slow down' },
          {
            'Retry-After': new Date(Date.now() + FAULT_RETRY_AFTER_SECONDS * 1000).toUTCString(),
          },
        );
      case 'html':
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.end('<!doctype html><title>Sign in</title><form>Sign in to continue</form>');
        return;
      case 'invalid-json':
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('{"results": [{"DPA": ');
        return;
      case 'wrong-shape':
        return json(res, 200, { unexpected: true, results: 'none' });
      case 'missing-fields':
        return json(res, 200, missingFieldsFor(path));
      case 'oversized-body': {
        // No Content-Length: the size only shows as it streams in.
        res.writeHead(200, { 'Content-Type': 'application/json' });
        const chunk = Buffer.alloc(64 * 1024, ' ');
        let sent = 0;
        const pump = (): void => {
          while (sent < OVERSIZED_BODY_BYTES && !res.destroyed) {
            sent += chunk.byteLength;
            if (!res.write(chunk)) {
              res.once('drain', pump);
              return;
            }
          }
          if (!res.destroyed) res.end();
        };
        res.write('{"results": [');
        pump();
        return;
      }
    }
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const [, , name = ''] = url.pathname.split('/');
    const fault = UPSTREAM_FAULTS.find((candidate) => candidate === name);
    if (!fault) return json(res, 400, { error: 'no such fault' });
    received.set(fault, (received.get(fault) ?? 0) + 1);
    answer(fault, url.pathname, req, res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseFor: (fault) => `http://127.0.0.1:${port}/fault/${fault}/`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearInterval(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
