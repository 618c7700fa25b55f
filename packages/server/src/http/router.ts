import type { HttpMethod } from '@council-components/http/methods.js';
import type { Handler } from './handler.js';
import { errorResponse } from './json-response.js';
import { RequestBodyTooLarge } from './request-body.js';

export interface Route {
  method: HttpMethod;
  /** An exact path (`/api/addresses`) or a prefix ending in `/*` (`/fakes/os-places/*`). */
  path: string;
  handler: Handler;
}

const matches = (route: Route, pathname: string): boolean =>
  route.path.endsWith('/*') ? pathname.startsWith(route.path.slice(0, -1)) : pathname === route.path;

/**
 * Joins handlers into one. An unknown path answers 404 and a known path with
 * the wrong method 405 with `Allow`, both as typed JSON errors. A body that
 * grew past the adapter's limit answers 413. A handler that throws answers 500
 * without leaking the error; the error goes to `onError` (the console by
 * default) for the council's logs. Client errors are never logged.
 */
export function createRouter(
  routes: readonly Route[],
  options: { onError?: (error: unknown, request: Request) => void } = {},
): Handler {
  const onError = options.onError ?? ((error: unknown) => console.error('[council-components/server]', error));
  return async (request, context) => {
    const { pathname } = new URL(request.url);
    const forPath = routes.filter((route) => matches(route, pathname));
    if (forPath.length === 0) return errorResponse('not-found');
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const route = forPath.find((candidate) => candidate.method === request.method || candidate.method === method);
    if (!route) {
      const allow = [...new Set(forPath.map((candidate) => candidate.method))].join(', ');
      return errorResponse('method-not-allowed', { headers: { Allow: allow } });
    }
    try {
      return await route.handler(request, context);
    } catch (error) {
      if (error instanceof RequestBodyTooLarge) return errorResponse('body-too-large');
      onError(error, request);
      return errorResponse('internal-error');
    }
  };
}
