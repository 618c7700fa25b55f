import { connect } from 'node:net';

/** What came back on the socket for a raw request. */
export interface RawAnswer {
  /** 0 when the server closed without answering. */
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Milliseconds from sending to the server closing the connection (or to `closeAfterMs` giving up). */
  closedAfterMs: number;
  /** Whether the server closed the connection itself within `closeAfterMs`. */
  closedByServer: boolean;
}

/**
 * Sends bytes to a server exactly as given, so tests can send what `fetch`
 * refuses to: a `Host` of `a:b`, a `TRACE`, a request target of `//a:b/x`,
 * a chunked body to a GET route. Reads until the server closes the
 * connection or `closeAfterMs` passes, and parses the first response.
 */
export function rawRequest(
  port: number,
  head: string,
  options: { body?: Buffer | string; closeAfterMs?: number } = {},
): Promise<RawAnswer> {
  const closeAfterMs = options.closeAfterMs ?? 2_000;
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const started = performance.now();
    let closedByServer = false;
    const timer = setTimeout(() => socket.destroy(), closeAfterMs);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => {
      closedByServer = true;
      socket.destroy();
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // A server may reset a connection whose body it refused; what it answered first still counts.
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') closedByServer = true;
      else reject(error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({
        ...parse(Buffer.concat(chunks).toString('latin1')),
        closedAfterMs: performance.now() - started,
        closedByServer,
      });
    });
    socket.write(head);
    if (options.body !== undefined) socket.write(options.body, () => undefined);
  });
}

function parse(text: string): Pick<RawAnswer, 'status' | 'headers' | 'body'> {
  const split = text.indexOf('\r\n\r\n');
  if (split === -1) return { status: 0, headers: {}, body: '' };
  const [statusLine = '', ...lines] = text.slice(0, split).split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = text.slice(split + 4);
  if (headers['transfer-encoding'] === 'chunked') body = unchunk(body);
  else if (headers['content-length'] !== undefined) body = body.slice(0, Number(headers['content-length']));
  return { status: Number(statusLine.split(' ')[1] ?? 0), headers, body: Buffer.from(body, 'latin1').toString('utf8') };
}

function unchunk(text: string): string {
  let out = '';
  let position = 0;
  for (;;) {
    const lineEnd = text.indexOf('\r\n', position);
    if (lineEnd === -1) return out;
    const size = parseInt(text.slice(position, lineEnd), 16);
    if (!(size > 0)) return out;
    out += text.slice(lineEnd + 2, lineEnd + 2 + size);
    position = lineEnd + 2 + size + 2;
  }
}
