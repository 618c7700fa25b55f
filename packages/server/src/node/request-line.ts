import type { ErrorCode } from '@council-components/http/error-codes.js';

/**
 * Methods a `Request` cannot carry (the Fetch standard forbids them): a
 * handler never sees them, and they are refused as not allowed.
 */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

/** A `Host` header: a name or IPv4 address, or a bracketed IPv6 address, with an optional port. Nothing else. */
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** A path segment that is `.` or `..`, written plainly or percent-encoded. */
const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i;

/**
 * The URL of a request as Node received it, or why it is refused before any
 * handler runs. Refused, each as a typed 400 or 405 and never as a crash:
 * a `Host` that is not a host (`a:b`, `u@evil`); a request target that is
 * not a path (`//a:b/x`, `*`, `example.org:443`); a path with dot segments,
 * plain or encoded (`/api/%2e%2e/__errors`), or a backslash, which URL parsing would resolve
 * and so reach a route a proxy forwarding only `/api/*` never meant to expose;
 * and methods a `Request` cannot carry (`TRACE`).
 */
export function urlOfRequestLine(
  method: string,
  target: string,
  host: string | undefined,
): { url: URL } | { refused: ErrorCode } {
  if (FORBIDDEN_METHODS.has(method.toUpperCase())) return { refused: 'method-not-allowed' };
  // HTTP/1.1 requires a Host; the adapter gives `localhost` for HTTP/1.0, which has none.
  if (host === undefined || !HOST.test(host)) return { refused: 'bad-request' };
  const authority = host;
  let path: string;
  if (target.startsWith('/') && !target.startsWith('//')) path = target;
  else if (/^https?:\/\/[^/?#]+[/?#]?/i.test(target)) {
    // Absolute form, as sent to a proxy: its path counts, its authority does not.
    path = target.replace(/^https?:\/\/[^/?#]*/i, '') || '/';
    if (!path.startsWith('/')) path = `/${path}`;
  } else return { refused: 'bad-request' };
  const pathOnly = path.replace(/[?#].*$/s, '');
  // A backslash is a slash to URL parsing: `/\\evil.example` would become a host, `..\\` a dot segment.
  if (DOT_SEGMENT.test(pathOnly) || pathOnly.startsWith('//') || pathOnly.includes('\\')) {
    return { refused: 'bad-request' };
  }
  try {
    return { url: new URL(path, `http://${authority}`) };
  } catch {
    return { refused: 'bad-request' };
  }
}
