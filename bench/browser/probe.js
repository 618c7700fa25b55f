// The in-page half of the browser bench, inlined as the first script of every page: it records long tasks and
// layout shifts from the start, and times the end of a step inside the page (a MutationObserver, and a check each
// frame for what no mutation announces), so that Playwright's round trips are never in a figure.
(() => {
  /** @type {{ start: number, duration: number }[]} */
  const longTasks = [];
  /** @type {{ start: number, value: number }[]} */
  const shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask' });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const shift = /** @type {PerformanceEntry & { value: number, hadRecentInput: boolean }} */ (entry);
      if (!shift.hadRecentInput) shifts.push({ start: shift.startTime, value: shift.value });
    }
  }).observe({ type: 'layout-shift', buffered: true });

  /**
   * The time `condition` first holds: checked after every DOM change and every frame.
   * @param {() => boolean} condition
   * @param {number} timeoutMs
   * @param {string} what named in the error on timeout
   * @returns {Promise<number>}
   */
  const until = (condition, timeoutMs, what) =>
    new Promise((resolve, reject) => {
      let done = false;
      const finish = (/** @type {number | Error} */ outcome) => {
        done = true;
        observer.disconnect();
        clearTimeout(timer);
        if (outcome instanceof Error) reject(outcome);
        else resolve(outcome);
      };
      const check = () => {
        if (done) return;
        try {
          if (condition()) finish(performance.now());
        } catch (error) {
          finish(error instanceof Error ? error : new Error(String(error)));
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      const timer = setTimeout(
        () => finish(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)),
        timeoutMs,
      );
      const everyFrame = () => {
        check();
        if (!done) requestAnimationFrame(everyFrame);
      };
      check();
      if (!done) requestAnimationFrame(everyFrame);
    });

  /** Two frames and a moment: long tasks and layout shifts so far are delivered to the observers. */
  const settle = () =>
    new Promise((resolve) => {
      requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100)));
    });

  /**
   * Long tasks overlapping [from, to]: their total, and the total blocking time (each one's time past 50 ms).
   * @param {number} from
   * @param {number} to
   */
  const blocking = (from, to) => {
    const overlapping = longTasks.filter((task) => task.start < to && task.start + task.duration > from);
    return {
      longTaskMs: overlapping.reduce((sum, task) => sum + task.duration, 0),
      blockingMs: overlapping.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
    };
  };

  /** @param {number} to the cumulative layout shift of the page up to `to` */
  const layoutShift = (to) => shifts.filter((shift) => shift.start <= to).reduce((sum, shift) => sum + shift.value, 0);

  /**
   * Loads a script as a page's script tag would (a module or a classic script), from `start`.
   * @param {{ src?: string, text?: string, module: boolean }} script
   * @returns {Promise<void>} settled when it has run (for an inline module, when it is inserted)
   */
  const loadScript = (script) =>
    new Promise((resolve, reject) => {
      const element = document.createElement('script');
      if (script.module) element.type = 'module';
      element.addEventListener('error', () => reject(new Error(`script ${script.src ?? 'inline'} failed to load`)));
      if (script.src) {
        element.addEventListener('load', () => resolve());
        element.src = script.src;
        document.body.append(element);
      } else {
        element.textContent = script.text ?? '';
        document.body.append(element);
        resolve();
      }
    });

  /** @type {any} */ (window).__bench = { longTasks, shifts, until, settle, blocking, layoutShift, loadScript };
})();
