import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { Readable, type Duplex } from 'node:stream';
import type { ErrorCode } from '@council-components/http/error-codes.js';
import type { Handler } from '../http/handler.js';
import { errorResponse } from '../http/json-response.js';
import { RequestBodyTooLarge } from '../http/request-body.js';
import { clientAddressResolver, type TrustedProxies } from './client-address.js';
import { urlOfRequestLine } from './request-line.js';

/** The most a request body may be; larger bodies are refused with 413 before the handler runs. */
const DEFAULT_BODY_LIMIT = 64 * 1024;

export interface NodeListenerOptions {
  /**
   * The proxies in front of the server (load balancer, CDN) whose `X-Forwarded-For` is believed:
   * addresses, CIDR ranges, `loopback`, `private`, `linklocal`, or a number of hops. The client
   * is the right-most hop that is not one of them. Unset: the socket's address is the client.
   */
  trustedProxies?: TrustedProxies;
  /** Bytes a request body may have. Default 64 KiB. */
  bodyLimit?: number;
}

/**
 * Mounts a handler on Node's `http.createServer` (or Express: `app.use(toNodeListener(handler))`).
 * Requests a handler must never see are answered here: a `Host` or request target that is not
 * one, dot segments in the path, `TRACE`, a body over the limit.
 */
export function toNodeListener(handler: Handler, options: NodeListenerOptions = {}): RequestListener {
  if ('trustProxy' in options) {
    throw new TypeError(
      'toNodeListener: trustProxy is replaced by trustedProxies (the addresses of your load balancers, or a hop count)',
    );
  }
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const clientAddressOf = clientAddressResolver(options.trustedProxies);
  return (incoming, outgoing) => {
    void handle(incoming, outgoing)
      .catch(async (error: unknown) => {
        console.error('[council-components/server]', error);
        if (outgoing.headersSent) outgoing.end();
        else await writeResponse(errorResponse('internal-error'), incoming, outgoing);
      })
      .catch(() => outgoing.destroy());
  };

  async function handle(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const declared = Number(incoming.headers['content-length'] ?? 0);
    if (declared > bodyLimit) {
      await writeResponse(errorResponse('body-too-large'), incoming, outgoing);
      return;
    }
    const host = incoming.headers.host ?? (incoming.httpVersion === '1.0' ? 'localhost' : undefined);
    const line = urlOfRequestLine(incoming.method ?? 'GET', incoming.url ?? '/', host);
    if ('refused' in line) {
      await writeResponse(errorResponse(line.refused), incoming, outgoing);
      return;
    }
    const request = toRequest(incoming, line.url, bodyLimit);
    const clientAddress = clientAddressOf(incoming.socket.remoteAddress, incoming.headers['x-forwarded-for']);
    let response: Response;
    try {
      response = await handler(request, { clientAddress });
    } catch (error) {
      // A body that grew past the limit as it streamed is the client's error, not the handler's.
      if (!(error instanceof RequestBodyTooLarge)) throw error;
      response = errorResponse('body-too-large');
    }
    await writeResponse(response, incoming, outgoing);
  }
}

/**
 * An HTTP server for a handler, set up for the open internet: the listener
 * above; every request Node cannot parse, and an HTTP/1.1 request with no
 * `Host`, answered with a typed JSON 400 (`answerClientError`); `CONNECT`
 * with a 405; and limits on how long a client may take to send its headers
 * (10 s) and its request (30 s), so that slow clients cannot hold connections open.
 */
export function createNodeServer(handler: Handler, options: NodeListenerOptions = {}): Server {
  const server = createServer(
    { requireHostHeader: false, headersTimeout: 10_000, requestTimeout: 30_000 },
    toNodeListener(handler, options),
  );
  server.on('clientError', answerClientError);
  // Node hands CONNECT (a request to open a tunnel) to this event rather than to the listener.
  server.on('connect', (_request: IncomingMessage, socket: Duplex) => {
    answerOnSocket(socket, '405 Method Not Allowed', 'method-not-allowed');
  });
  return server;
}

/**
 * For `server.on('clientError', answerClientError)`: a request Node could not
 * parse (a malformed request line or header, headers too large) is answered
 * with the same typed JSON 400 as every other refused request, instead of
 * Node's bare one, and the connection closed.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  answerOnSocket(socket, '400 Bad Request', 'bad-request');
}

/** A typed JSON error written straight to a socket Node has not made a response for, then closed. */
function answerOnSocket(socket: Duplex, statusLine: string, code: ErrorCode, extraHeaders = ''): void {
  const body = JSON.stringify({ error: { code } });
  socket.end(
    `HTTP/1.1 ${statusLine}\r\nContent-Type: application/json; charset=utf-8\r\nX-Content-Type-Options: nosniff\r\n` +
      `Cache-Control: no-store\r\n${extraHeaders}Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

function toRequest(incoming: IncomingMessage, url: URL, bodyLimit: number): Request {
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
        if (seen > limit) controller.error(new RequestBodyTooLarge(limit));
        else controller.enqueue(chunk);
      },
    }),
  );
}

/**
 * Writes a response. When the request's body has not all arrived (a handler that
 * answered without reading it, or a body refused as too large), the connection is
 * closed after the answer rather than kept waiting for the rest of the body.
 */
async function writeResponse(response: Response, incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
  const isHead = incoming.method === 'HEAD';
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name === 'set-cookie') return;
    headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  const unread = !incoming.complete;
  if (unread) headers.connection = 'close';
  outgoing.writeHead(response.status, headers);
  if (!isHead && response.body) {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) outgoing.write(chunk);
  }
  outgoing.end(() => {
    if (unread) incoming.destroy();
  });
}
