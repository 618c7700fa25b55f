import type { AddressInfo } from 'node:net';
import type { Handler } from '@council-components/server/http/handler.js';
import { createNodeServer } from '@council-components/server/node/node-adapter.js';
import { createSandboxApp, type SandboxOptions } from './app.ts';

export interface RunningSandbox {
  url: string;
  close: () => Promise<void>;
}

/** Starts the sandbox on loopback. Port 0 picks a free port (for tests). */
export function startSandbox(port: number, options: SandboxOptions = {}): Promise<RunningSandbox> {
  return serveOnLoopback(createSandboxApp(options), { port });
}

/**
 * Serves `handler` on 127.0.0.1, on `port` (0: a free one), named by `host` in its URL: `localhost` (default) or
 * `127.0.0.1`, which a browser treats as another origin (a back end on another origin than the page's).
 */
export async function serveOnLoopback(
  handler: Handler,
  { port = 0, host = 'localhost' }: { port?: number; host?: 'localhost' | '127.0.0.1' } = {},
): Promise<RunningSandbox> {
  const server = createNodeServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${String(actual)}/`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
