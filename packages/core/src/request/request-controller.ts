import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import type { Announcer } from '../live/announcer.js';
import { ProviderError } from '../provider/provider-error.js';

/**
 * How long a request waits before `slow` says so: an answer that comes sooner is shown at once, with no flash of
 * "Searching…" before it and no render, style or layout spent on one (docs/adr/0012). As long as the live region waits.
 */
const SLOW_AFTER_MS = 150;

/** Where a request stands: not started (or cancelled), waiting, answered, or failed. */
export type RequestStatus = 'idle' | 'loading' | 'done' | 'failed';

export interface RequestControllerOptions {
  /** The component's live region: told when a request starts, ends and fails. */
  announcer: Announcer;
  /** What the live region says while the request is waiting ("Searching for addresses…"). */
  loading: () => string;
  /**
   * What a resident is told of a failure, in their language (see `messageKeyFor`
   * for the one rule every component follows). An empty string says nothing: the
   * component shows that failure its own way, by a field.
   */
  failure: (error: ProviderError) => string;
  /**
   * When the component shows that it is waiting: `at-once` (the default) renders as a request starts, for a button
   * that must not be pressed twice meanwhile; `when-slow` renders only once it is `slow`, so that a quick answer is
   * the only render (a search, whose button may be pressed again).
   */
  busyShown?: 'at-once' | 'when-slow';
}

/**
 * One request a component makes to its back end, at a time: a newer one
 * cancels the older, whose answer is then never shown. It keeps the status
 * (for a busy state) and the failure, and keeps screen reader users told: the
 * loading text while waiting, nothing once answered (the component says what
 * it found), the translated failure when it fails. Every failure is a
 * `ProviderError`; anything else thrown is logged and treated as one.
 */
export class RequestController<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: RequestControllerOptions;
  #status: RequestStatus = 'idle';
  #error: ProviderError | undefined;
  #current: AbortController | undefined;
  #slow = false;
  #slowTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, options: RequestControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get status(): RequestStatus {
    return this.#status;
  }

  /** The last request's failure, while its status is `failed`. */
  get error(): ProviderError | undefined {
    return this.#error;
  }

  /** Whether a request is waiting: at once, for what must not be done twice meanwhile (a button, a payment). */
  get busy(): boolean {
    return this.#status === 'loading';
  }

  /**
   * With `busyShown: 'when-slow'`, whether a request has been waiting a moment (150 ms): for a visible "Searching…",
   * which a quick answer needs not.
   */
  get slow(): boolean {
    return this.#slow && this.busy;
  }

  /**
   * Runs `task`, cancelling any request still running. Resolves with its value,
   * or with undefined when it failed, or was cancelled or replaced (its answer
   * is no longer wanted).
   */
  async run(task: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
    this.#current?.abort();
    const current = new AbortController();
    this.#current = current;
    const { announcer } = this.#options;
    const whenSlow = this.#options.busyShown === 'when-slow';
    this.#set('loading', undefined, !whenSlow);
    announcer.announce(this.#options.loading(), true);
    this.#slow = false;
    // Only a component that shows its wait when slow is rendered again for it.
    if (whenSlow)
      this.#slowTimer = setTimeout(() => {
        this.#slow = true;
        this.#host.requestUpdate();
      }, SLOW_AFTER_MS);
    let value: T | undefined;
    let error: ProviderError | undefined;
    try {
      value = await task(current.signal);
    } catch (thrown) {
      error = asProviderError(thrown);
    }
    // Replaced by a newer request, or cancelled: its answer is no longer wanted.
    if (this.#current !== current) return undefined;
    this.#current = undefined;
    const failure = error?.kind === 'aborted' ? undefined : error;
    this.#set(failure ? 'failed' : error ? 'idle' : 'done', failure);
    const text = failure ? this.#options.failure(failure) : '';
    if (text) announcer.announce(text);
    else announcer.clear();
    return value;
  }

  /** Stops the request running, if any; its answer is never shown. */
  cancel(): void {
    this.#current?.abort();
    this.#current = undefined;
    if (this.#status === 'loading') this.#options.announcer.clear();
    this.#set('idle');
  }

  hostDisconnected(): void {
    this.cancel();
  }

  #set(status: RequestStatus, error?: ProviderError, render = true): void {
    clearTimeout(this.#slowTimer);
    this.#status = status;
    this.#error = error;
    if (render) this.#host.requestUpdate();
  }
}

function asProviderError(thrown: unknown): ProviderError {
  if (thrown instanceof ProviderError) return thrown;
  // A page's own source, or a misconfigured one: the console says why; the resident gets the general failure.
  console.error('[council-components]', thrown);
  return new ProviderError('unexpected-response', 'The request failed', { cause: thrown });
}
