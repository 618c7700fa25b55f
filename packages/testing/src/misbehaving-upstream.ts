import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

/**
 * A fake upstream service for the provider-client tests: each route behaves
 * the way real council back ends and vendors fail. Mounted on the Vite dev
 * server that Vitest's browser mode uses, so the browser makes real HTTP
 * requests. Every route is under `/__upstream/`.
 *
 * - `ok`                      200 `{ "ok": true, "attempt": n }`
 * - `status/:code?retryAfter=` that status with a JSON error body (and `Retry-After` when given)
 * - `slow?ms=`                answers after `ms` milliseconds
 * - `flaky?key=&fail=&status=` fails `fail` times with `status`, then 200
 * - `rate-limited?key=&retryAfter=`  429 with `Retry-After` once, then 200
 * - `malformed`               200 with `Content-Type: application/json` and a cut-off body
 * - `wrong-shape`             200 JSON of an unexpected shape
 * - `html-error`              502 with an HTML error page, as proxies send
 * - `html-ok`                 200 with an HTML page (a captive portal or login page)
 * - `echo`                    200 with what it received: method, `Content-Type`, `Idempotency-Key` and body
 * - `attempts?key=`           how many requests a key has seen
 */
export function misbehavingUpstream(): Plugin {
  const attempts = new Map<string, number>();
  const count = (key: string): number => {
    const next = (attempts.get(key) ?? 0) + 1;
    attempts.set(key, next);
    return next;
  };

  const send = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void => {
    res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers });
    res.end(body);
  };

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = url.pathname.replace(/^\/(__upstream\/)?/, '');
    const key = url.searchParams.get('key') ?? route;
    const attempt = count(key);

    if (route === 'ok') return send(res, 200, JSON.stringify({ ok: true, attempt }));
    if (route.startsWith('status/')) {
      const status = Number(route.slice('status/'.length));
      const retryAfter = url.searchParams.get('retryAfter');
      return send(
        res,
        status,
        JSON.stringify({ error: { code: `upstream-${status}`, message: 'Upstream said no' } }),
        retryAfter === null ? {} : { 'Retry-After': retryAfter },
      );
    }
    if (route === 'slow') {
      const ms = Number(url.searchParams.get('ms') ?? '5000');
      const timer = setTimeout(() => send(res, 200, JSON.stringify({ ok: true, attempt })), ms);
      req.on('close', () => clearTimeout(timer));
      return;
    }
    if (route === 'flaky') {
      const fail = Number(url.searchParams.get('fail') ?? '1');
      const status = Number(url.searchParams.get('status') ?? '503');
      if (attempt <= fail) return send(res, status, JSON.stringify({ error: { code: 'flaky' } }));
      return send(res, 200, JSON.stringify({ ok: true, attempt }));
    }
    if (route === 'rate-limited') {
      const retryAfter = url.searchParams.get('retryAfter') ?? '1';
      if (attempt === 1) {
        return send(res, 429, JSON.stringify({ error: { code: 'rate-limited' } }), { 'Retry-After': retryAfter });
      }
      return send(res, 200, JSON.stringify({ ok: true, attempt }));
    }
    if (route === 'malformed') return send(res, 200, '{"ok": true, "attempt": ');
    if (route === 'wrong-shape') return send(res, 200, JSON.stringify({ ok: 'yes', attempt: 'first' }));
    if (route === 'html-error') {
      return send(
        res,
        502,
        '<!doctype html><html><body><h1>502 Bad Gateway</h1><script>alert(1)</script></body></html>',
        {
          'Content-Type': 'text/html; charset=utf-8',
        },
      );
    }
    if (route === 'html-ok') {
      return send(res, 200, '<!doctype html><html><body><form>Sign in to the Wi-Fi</form></body></html>', {
        'Content-Type': 'text/html',
      });
    }
    if (route === 'echo') {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const { method, headers } = req;
        const received = {
          method,
          contentType: headers['content-type'] ?? null,
          idempotencyKey: headers['idempotency-key'] ?? null,
          body: Buffer.concat(chunks).toString('utf8'),
        };
        send(res, 200, JSON.stringify({ ok: true, attempt, received }));
      });
      return;
    }
    if (route === 'attempts') {
      return send(res, 200, JSON.stringify({ attempts: attempts.get(url.searchParams.get('of') ?? '') ?? 0 }));
    }
    return send(res, 404, JSON.stringify({ error: { code: 'no-such-route' } }));
  };

  return {
    name: 'council-components:misbehaving-upstream',
    configureServer(server) {
      server.middlewares.use('/__upstream/', (req, res) => handle(req, res));
    },
  };
}
