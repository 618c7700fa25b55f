import type { FakeService } from './fake-service.ts';

/**
 * A `fetch` that hands requests straight to a fake's handler, as if over the
 * network: the adapters under test run unchanged, with no port to open. Like
 * real fetch, it rejects with an AbortError as soon as the signal aborts.
 */
export function fetchVia(handler: FakeService): typeof fetch {
  return (input, init) => {
    // A Request given alone is handed on as it is (the in-page back end's carries headers a copy would drop).
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const { signal } = request;
    return new Promise<Response>((resolve, reject) => {
      const abort = (): void => {
        reject(new DOMException('The operation was aborted.', 'AbortError'));
      };
      if (signal.aborted) {
        abort();
        return;
      }
      signal.addEventListener('abort', abort, { once: true });
      Promise.resolve(handler(request, { clientAddress: '127.0.0.1' })).then(
        (response) => {
          signal.removeEventListener('abort', abort);
          if (signal.aborted) abort();
          else resolve(response);
        },
        (error: unknown) => {
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  };
}
