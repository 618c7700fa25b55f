import { html } from 'lit-html';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CouncilElement } from '../base-element.js';
import { defineElement } from '../define.js';
import { Announcer } from './announcer.js';

class AnnouncingProbe extends CouncilElement {
  readonly announcer = new Announcer(this);

  override render(): unknown {
    return html`<div class="ccuk-root">${this.announcer.render()}</div>`;
  }
}
defineElement('council-announcing-probe', AnnouncingProbe);

const region = (probe: Element): HTMLElement => probe.querySelector('[role=status]') as HTMLElement;

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('Announcer', () => {
  it('renders one polite status region, visually hidden, and says a message in the same update', async () => {
    const probe = document.body.appendChild(new AnnouncingProbe());
    await probe.updateComplete;
    expect(region(probe).classList).toContain('ccuk-visually-hidden');
    probe.announcer.announce('5 addresses found');
    await probe.updateComplete;
    expect(region(probe).textContent).toBe('5 addresses found');
  });

  it('says a loading message a moment later, and never when an answer comes first', async () => {
    vi.useFakeTimers();
    const probe = document.body.appendChild(new AnnouncingProbe());
    probe.announcer.announce('Searching…', true);
    await probe.updateComplete;
    expect(region(probe).textContent).toBe('');
    vi.advanceTimersByTime(1_000);
    await probe.updateComplete;
    expect(region(probe).textContent).toBe('Searching…');

    const seen: string[] = [];
    new MutationObserver(() => seen.push(region(probe).textContent ?? '')).observe(region(probe), {
      childList: true,
      characterData: true,
      subtree: true,
    });
    probe.announcer.announce('Searching again…', true);
    probe.announcer.announce('3 addresses found');
    vi.advanceTimersByTime(1_000);
    await probe.updateComplete;
    expect(region(probe).textContent).toBe('3 addresses found');
    expect(seen).not.toContain('Searching again…');
  });

  it('says the same message twice: emptied in between, so screen readers read it again', async () => {
    const probe = document.body.appendChild(new AnnouncingProbe());
    probe.announcer.announce('Try again');
    await vi.waitFor(() => expect(region(probe).textContent).toBe('Try again'));
    const seen: string[] = [];
    new MutationObserver(() => seen.push(region(probe).textContent ?? '')).observe(region(probe), {
      childList: true,
      characterData: true,
      subtree: true,
    });
    probe.announcer.announce('Try again');
    await vi.waitFor(() => expect(seen.at(-1)).toBe('Try again'));
    expect(seen).toContain('');
  });

  it('drops a message about to be said when cleared, and when its component leaves the page', async () => {
    vi.useFakeTimers();
    const probe = document.body.appendChild(new AnnouncingProbe());
    probe.announcer.announce('Searching…', true);
    probe.announcer.clear();
    vi.advanceTimersByTime(1_000);
    await probe.updateComplete;
    expect(region(probe).textContent).toBe('');
    probe.announcer.announce('Searching…', true);
    probe.remove();
    vi.advanceTimersByTime(1_000);
    // A message still due would render now (Lit updates a removed element too).
    await probe.updateComplete;
    expect(region(probe).textContent).toBe('');
    // The region itself still works: the same element, back on the page, is heard.
    document.body.append(probe);
    probe.announcer.announce('Searching…');
    vi.advanceTimersByTime(1_000);
    await probe.updateComplete;
    expect(region(probe).textContent).toBe('Searching…');
  });
});
