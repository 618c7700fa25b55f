import type { AddressInfo } from 'node:net';
import { createNodeServer } from '@council-components/server/node/node-adapter.js';
import { createSandboxApp, type SandboxOptions } from './app.ts';

export interface RunningSandbox {
  url: string;
  close: () => Promise<void>;
}

/** Starts the sandbox on loopback. Port 0 picks a free port (for tests). */
export async function startSandbox(port: number, options: SandboxOptions = {}): Promise<RunningSandbox> {
  const server = createNodeServer(createSandboxApp(options));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${actual}/`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
