import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { Handler } from '../http/handler.js';
import { errorResponse } from '../http/json-response.js';

/** The most a request body may be; larger bodies are refused with 413 before the handler runs. */
const DEFAULT_BODY_LIMIT = 64 * 1024;

/**
 * Mounts a handler on Node's `http.createServer` (or Express: `app.use(toNodeListener(handler))`).
 * `trustProxy` takes the client address from `X-Forwarded-For`, for servers behind a load balancer.
 */
export function toNodeListener(
  handler: Handler,
  options: { trustProxy?: boolean; bodyLimit?: number } = {},
): RequestListener {
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  return (incoming, outgoing) => {
    void handle(incoming, outgoing)
      .catch(async (error: unknown) => {
        console.error('[council-components/server]', error);
        if (outgoing.headersSent) outgoing.end();
        else await writeResponse(errorResponse('internal-error'), outgoing, false);
      })
      .catch(() => outgoing.destroy());
  };

  async function handle(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const declared = Number(incoming.headers['content-length'] ?? 0);
    if (declared > bodyLimit) {
      incoming.resume();
      await writeResponse(errorResponse('body-too-large', { headers: { Connection: 'close' } }), outgoing, false);
      return;
    }
    const request = toRequest(incoming, bodyLimit);
    const response = await handler(request, { clientAddress: clientAddressOf(incoming, options.trustProxy ?? false) });
    await writeResponse(response, outgoing, incoming.method === 'HEAD');
  }
}

function toRequest(incoming: IncomingMessage, bodyLimit: number): Request {
  const host = incoming.headers.host ?? 'localhost';
  const url = new URL(incoming.url ?? '/', `http://${host}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const method = incoming.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(url, {
    method,
    headers,
    ...(hasBody ? { body: limited(incoming, bodyLimit), duplex: 'half' } : {}),
  });
}

/** The request body as a web stream that errors past `limit` bytes, whatever Content-Length claimed. */
function limited(incoming: IncomingMessage, limit: number): ReadableStream<Uint8Array> {
  let seen = 0;
  const source = Readable.toWeb(incoming) as ReadableStream<Uint8Array>;
  return source.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > limit) controller.error(new Error('Request body too large'));
        else controller.enqueue(chunk);
      },
    }),
  );
}

function clientAddressOf(incoming: IncomingMessage, trustProxy: boolean): string {
  const forwarded = incoming.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') return forwarded.split(',')[0]?.trim() || 'unknown';
  return incoming.socket.remoteAddress ?? 'unknown';
}

async function writeResponse(response: Response, outgoing: ServerResponse, isHead: boolean): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name === 'set-cookie') return;
    headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  outgoing.writeHead(response.status, headers);
  if (isHead || !response.body) {
    outgoing.end();
    return;
  }
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) outgoing.write(chunk);
  outgoing.end();
}
