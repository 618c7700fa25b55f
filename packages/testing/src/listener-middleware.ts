import type { RequestListener } from 'node:http';
import type { Plugin } from 'vite';

/**
 * Mounts a Node request listener (a council back end built from
 * @council-components/server) on the Vite server that Vitest's browser mode
 * uses, for the paths that start with `prefixes`: components under test make
 * real HTTP requests to real handlers.
 */
export function mountListener(prefixes: readonly string[], listener: RequestListener): Plugin {
  return {
    name: 'council-components:mount-listener',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (prefixes.some((prefix) => request.url?.startsWith(prefix))) listener(request, response);
        else next();
      });
    },
  };
}
