import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.html': 'text/html; charset=utf-8',
};

/**
 * Reads `relativePath` inside `rootDir` and answers it with its content type,
 * or 404. Paths that climb out of the root, and unknown file types, are 404s.
 */
export async function serveFile(
  rootDir: string,
  relativePath: string,
  transform?: (text: string) => string,
): Promise<Response> {
  const root = resolve(rootDir);
  let decoded: string;
  try {
    decoded = decodeURIComponent(relativePath);
  } catch {
    // A malformed escape (`/legacy/%`) names no file.
    return new Response('Not found', { status: 404 });
  }
  const file = resolve(root, `.${sep}${decoded}`);
  const type = CONTENT_TYPES[extname(file)];
  if (!file.startsWith(root + sep) || !type) return new Response('Not found', { status: 404 });
  try {
    const body = transform ? transform(await readFile(file, 'utf8')) : await readFile(file);
    return new Response(body, { headers: { 'Content-Type': type, 'Cache-Control': 'no-cache' } });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
