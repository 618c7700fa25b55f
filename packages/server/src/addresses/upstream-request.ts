import { AddressProviderError } from './address-provider.js';

export interface UpstreamOptions {
  /** Replaces the global fetch: the sandbox and tests pass one that reaches the fakes. */
  fetch?: typeof fetch;
  /** Per request to the upstream. Default 5 s, well under the component's 8 s an attempt. */
  timeoutMs?: number;
}

export interface UpstreamAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

/**
 * One GET to an upstream, with a timeout tied to the resident's request.
 * Network failures and timeouts become AddressProviderErrors; the URL (which
 * may carry a key) is never put into an error message.
 */
export async function getUpstreamJson(
  provider: string,
  url: URL,
  init: { headers?: Record<string, string>; signal: AbortSignal },
  options: UpstreamOptions,
): Promise<UpstreamAnswer> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 5_000);
  const signal = AbortSignal.any([init.signal, timeout]);
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      headers: { Accept: 'application/json', ...init.headers },
      signal,
    });
  } catch {
    if (timeout.aborted) throw new AddressProviderError('provider-timeout', `${provider} did not answer in time`);
    throw new AddressProviderError('provider-unavailable', `${provider} could not be reached`);
  }
  const text = await response.text().catch(() => '');
  let body: unknown = undefined;
  if ((response.headers.get('content-type') ?? '').includes('json')) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  return { status: response.status, headers: response.headers, body };
}

export function retryAfterOf(headers: Headers): number | undefined {
  const value = headers.get('retry-after');
  return value && /^\d+$/.test(value.trim()) ? Number(value) : undefined;
}

/** The usual mapping of an upstream's failure statuses. */
export function failureForStatus(provider: string, status: number, headers: Headers): AddressProviderError {
  if (status === 401 || status === 403) {
    return new AddressProviderError('provider-misconfigured', `${provider} refused the key (${status})`);
  }
  if (status === 429) {
    return new AddressProviderError('provider-rate-limited', `${provider} rate limit reached`, retryAfterOf(headers));
  }
  return new AddressProviderError('provider-unavailable', `${provider} answered ${status}`);
}
