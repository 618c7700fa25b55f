import { html } from 'lit-html';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CouncilElement } from '../base-element.js';
import { defineElement } from '../define.js';
import { Announcer } from '../live/announcer.js';
import { messageKeyFor, ProviderError } from '../provider/provider-error.js';
import { RequestController } from './request-controller.js';

class RequestingProbe extends CouncilElement {
  /** How the probe shows its wait: at once (the default), or when slow. */
  static busyShown: 'at-once' | 'when-slow' = 'at-once';
  readonly announcer = new Announcer(this);
  readonly request = new RequestController<string>(this, {
    announcer: this.announcer,
    loading: () => 'Loading…',
    failure: (error) => (messageKeyFor(error) === 'unavailable' ? 'Not working' : ''),
    busyShown: (this.constructor as typeof RequestingProbe).busyShown,
  });

  override render(): unknown {
    return html`<div class="ccuk-root">
      ${this.announcer.render()}
      <p>${this.request.status}</p>
      <output>${this.request.slow ? 'slow' : ''}</output>
    </div>`;
  }
}
defineElement('council-requesting-probe', RequestingProbe);
class SlowShowingProbe extends RequestingProbe {
  static override busyShown = 'when-slow' as const;
}
defineElement('council-slow-showing-probe', SlowShowingProbe);

const mount = async (Probe: typeof RequestingProbe = RequestingProbe): Promise<RequestingProbe> => {
  const probe = document.body.appendChild(new Probe());
  await probe.updateComplete;
  return probe;
};
const said = (probe: Element): string => probe.querySelector('[role=status]')?.textContent ?? '';
/** A task that settles when told to, and knows whether it was cancelled. */
function deferred<T>() {
  let settle!: { resolve: (value: T) => void; reject: (error: unknown) => void };
  let signal!: AbortSignal;
  const task = (given: AbortSignal): Promise<T> => {
    signal = given;
    return new Promise<T>((resolve, reject) => {
      settle = { resolve, reject };
      given.addEventListener('abort', () => {
        reject(new ProviderError('aborted', 'Cancelled'));
      });
    });
  };
  return { task, settle: () => settle, signal: () => signal };
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('RequestController', () => {
  it('goes from idle to loading to done, busy while loading, saying it is loading and then nothing', async () => {
    const probe = await mount();
    expect(probe.request.status).toBe('idle');
    const pending = deferred<string>();
    const running = probe.request.run(pending.task);
    expect(probe.request.status).toBe('loading');
    expect(probe.request.busy).toBe(true);
    await vi.waitFor(() => expect(said(probe)).toBe('Loading…'));
    pending.settle().resolve('answer');
    expect(await running).toBe('answer');
    expect(probe.request.status).toBe('done');
    await probe.updateComplete;
    expect(said(probe)).toBe('');
    expect(probe.querySelector('p')?.textContent).toBe('done');
  });

  it('is slow only once a request has waited 150 ms, and renders then; a quick answer never is', async () => {
    const probe = await mount(SlowShowingProbe);
    const quick = deferred<string>();
    const first = probe.request.run(quick.task);
    expect(probe.request.slow).toBe(false);
    quick.settle().resolve('at once');
    await first;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(probe.request.slow).toBe(false);

    const late = deferred<string>();
    const second = probe.request.run(late.task);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(probe.request.slow).toBe(false);
    expect(probe.querySelector('output')?.textContent).toBe('');
    // Rendered when it becomes slow, with nothing else changing.
    await vi.waitFor(() => expect(probe.querySelector('output')?.textContent).toBe('slow'));
    late.settle().resolve('late');
    await second;
    await probe.updateComplete;
    expect(probe.querySelector('output')?.textContent).toBe('');
    expect(probe.request.busy).toBe(false);
  });

  it('cancels a request still running when a newer one starts, and never gives its answer', async () => {
    const probe = await mount();
    const first = deferred<string>();
    const second = deferred<string>();
    const older = probe.request.run(first.task);
    const newer = probe.request.run(second.task);
    expect(first.signal().aborted).toBe(true);
    second.settle().resolve('newest');
    expect(await older).toBeUndefined();
    expect(await newer).toBe('newest');
    expect(probe.request.status).toBe('done');
  });

  it('fails with the translated message said aloud, or says nothing when the component shows it by a field', async () => {
    const probe = await mount();
    expect(
      await probe.request.run(() => Promise.reject(new ProviderError('server', 'down', { status: 503 }))),
    ).toBeUndefined();
    expect(probe.request.status).toBe('failed');
    expect(probe.request.error?.status).toBe(503);
    await vi.waitFor(() => expect(said(probe)).toBe('Not working'));
    await probe.request.run(() => Promise.reject(new ProviderError('bad-request', 'no', { status: 400 })));
    expect(probe.request.status).toBe('failed');
    await probe.updateComplete;
    expect(said(probe)).toBe('');
  });

  it('turns anything else thrown into a failure, and says why in the console', async () => {
    const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => undefined);
    const probe = await mount();
    await probe.request.run(() => Promise.reject(new TypeError('source not registered')));
    expect(probe.request.error).toBeInstanceOf(ProviderError);
    expect(probe.request.error?.kind).toBe('unexpected-response');
    expect(String(console.mock.calls[0]?.[1])).toContain('source not registered');
  });

  it('cancels on request and when its component leaves the page: back to idle, the loading message gone', async () => {
    const probe = await mount();
    // Past the live region's refill (150 ms): a loading message still due would be showing by then.
    const afterRefill = async (): Promise<void> => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await probe.updateComplete;
    };
    const pending = deferred<string>();
    const running = probe.request.run(pending.task);
    await afterRefill();
    expect(said(probe)).toBe('Loading…');
    probe.request.cancel();
    expect(pending.signal().aborted).toBe(true);
    expect(await running).toBeUndefined();
    expect(probe.request.status).toBe('idle');
    await afterRefill();
    expect(said(probe)).toBe('');
    const again = deferred<string>();
    const second = probe.request.run(again.task);
    probe.remove();
    expect(again.signal().aborted).toBe(true);
    expect(await second).toBeUndefined();
    await afterRefill();
    expect(said(probe)).toBe('');
  });
});
