/**
 * A docs page shows every state of a component at once, and several states move focus as they are reached (an
 * error summary, the first field of manual entry): on a docs page that threw the reader thousands of pixels down to
 * whichever state came last, and a screen reader into the middle of the page. There, until the reader first presses
 * a key or the pointer in the page, a story's focus move is undone: the element loses focus again and the page goes
 * back to where the reader had it. From then on focus is the reader's, and stories move it as on a council's page.
 *
 * Undone rather than prevented: the testing library bundled into Storybook re-installs its own `focus` on element
 * prototypes, over any wrapper of ours, so a focus call cannot be stopped reliably; its `focusin` can be seen.
 */
let held = false;
let restoring = false;
let readerAt: [x: number, y: number] = [0, 0];

const onScroll = (): void => {
  if (!restoring) readerAt = [scrollX, scrollY];
};

const onFocusIn = (event: FocusEvent): void => {
  if (!held || !(event.target instanceof HTMLElement)) return;
  event.target.blur();
  restoring = true;
  scrollTo(...readerAt);
  // Scrolling into view may come after the event: the page goes back once more when it has been drawn.
  requestAnimationFrame(() => {
    scrollTo(...readerAt);
    restoring = false;
  });
};

/** From the first key or pointer press of the reader's own (a story's scripted keys do not count). */
const onReaderInput = (event: Event): void => {
  if (event.isTrusted) releaseStoryFocus();
};

export function releaseStoryFocus(): void {
  if (!held) return;
  held = false;
  removeEventListener('focusin', onFocusIn, true);
  removeEventListener('scroll', onScroll, true);
  removeEventListener('keydown', onReaderInput, true);
  removeEventListener('pointerdown', onReaderInput, true);
}

export function holdStoryFocus(): void {
  if (held) return;
  held = true;
  readerAt = [scrollX, scrollY];
  addEventListener('focusin', onFocusIn, true);
  addEventListener('scroll', onScroll, { capture: true, passive: true });
  addEventListener('keydown', onReaderInput, true);
  addEventListener('pointerdown', onReaderInput, true);
}
