// The half of the benchmark that runs inside the page. Installed before the app's own scripts (an init script goes
// through the DevTools protocol, so the app's CSP does not apply), then called with page.evaluate. Every time is
// read with performance.now() in the page, so no DevTools round trip is ever inside a measurement.
//
// "Shown" means: the DOM holds it (or Chart.js has drawn it) and the next frame has been produced (a
// requestAnimationFrame callback, then a task) — what a person sees, not just what the script has done.
//
// Everything below is sent into the page as text: it may use only browser globals and what it defines itself.

/** What one chart was given to draw. */
export interface ChartPoints {
  points: number;
  longest: number;
}

/** Results of one Trends or report visit. */
export interface ChartVisit {
  ms: number;
  /** Chart instances created during the visit (one per canvas when nothing is drawn twice). */
  draws: number;
  canvases: number;
  /** Data points per chart (all series, and the longest one), by chart id. */
  points: Record<string, ChartPoints>;
}

/** What the helpers expose on window.__pjb. */
export interface BenchHelpers {
  todayReady(): Promise<{ ms: number; fcp: number | null }>;
  waitForChunk(pattern: string, timeoutMs: number): Promise<boolean>;
  trends(href: string): Promise<ChartVisit>;
  history(): Promise<number>;
  report(href: string): Promise<ChartVisit>;
  openSettings(): Promise<void>;
  backup(): Promise<number>;
  armRestore(): void;
  restore(): Promise<{ validate: number; write: number }>;
  saveViaUi(pain: number, pauseMs: number): Promise<number>;
}

/** Defines window.__pjb. Passed to context.addInitScript. */
export function installBenchHelpers(): void {
  const w = window as unknown as { __pjb?: unknown };
  if (w.__pjb) return;

  const afterFrame = () =>
    new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));

  // Resolves with check()'s first truthy answer, checking again on every DOM change and every performance mark.
  const until = <T>(check: () => T | null | undefined | false, what: string, timeoutMs = 60_000) =>
    new Promise<T>((resolve, reject) => {
      let done = false;
      const stop = () => {
        done = true;
        mutations.disconnect();
        marks.disconnect();
        clearTimeout(timer);
      };
      const test = () => {
        if (done) return;
        try {
          const value = check();
          if (value) {
            stop();
            resolve(value);
          }
        } catch (error) {
          stop();
          reject(error);
        }
      };
      const mutations = new MutationObserver(test);
      mutations.observe(document.documentElement, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      const marks = new PerformanceObserver(test);
      marks.observe({ type: 'mark' });
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      test();
    });

  // An in-app navigation exactly as a tap on a link makes it: the app's router intercepts the click.
  const go = (href: string) => {
    const link = document.createElement('a');
    link.href = href;
    link.hidden = true;
    document.body.append(link);
    const start = performance.now();
    link.click();
    link.remove();
    return start;
  };

  const chartMarks = (since: number) =>
    (performance.getEntriesByName('pj:chart-drawn', 'mark') as PerformanceMark[]).filter(
      (mark) => mark.startTime >= since,
    );

  const chartVisit = async (start: number, ready: () => boolean, what: string) => {
    const drawnAt = await until(() => {
      if (!ready()) return null;
      const canvases = document.querySelectorAll('main canvas').length;
      const marks = chartMarks(start);
      return canvases > 0 && marks.length >= canvases ? Math.max(...marks.map((m) => m.startTime)) : null;
    }, what);
    const shown = await afterFrame();
    // Anything drawn a second time would show up here (a chart re-created by a second render).
    await new Promise((resolve) => setTimeout(resolve, 250));
    const marks = chartMarks(start);
    const points: Record<string, { points: number; longest: number }> = {};
    for (const mark of marks) {
      const detail = mark.detail as { id: string; points: number; longest: number };
      points[detail.id] = { points: detail.points, longest: detail.longest };
    }
    return {
      ms: Math.max(drawnAt, shown) - start,
      draws: marks.length,
      canvases: document.querySelectorAll('main canvas').length,
      points,
    };
  };

  let restoreChosenAt = 0;
  const seenToasts = new WeakSet<Element>();

  const helpers = {
    async todayReady() {
      const mark = await until(
        () => performance.getEntriesByName('pj:today-ready', 'mark')[0],
        'the pj:today-ready mark',
      );
      if (!document.querySelector('.pain-scale input[type="radio"]'))
        throw new Error('Today shows its status but no pain scale');
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { ms: mark.startTime - (navigation?.startTime ?? 0), fcp: fcp ? fcp.startTime : null };
    },

    /** Waits until a script whose URL matches `pattern` has loaded (e.g. the Trends chunk the app prefetches when idle). */
    async waitForChunk(pattern: string, timeoutMs: number) {
      const re = new RegExp(pattern);
      const loaded = () => performance.getEntriesByType('resource').some((entry) => re.test(entry.name));
      const started = performance.now();
      while (!loaded() && performance.now() - started < timeoutMs)
        await new Promise((resolve) => setTimeout(resolve, 50));
      return loaded();
    },

    /** From the tap on a link to Trends until every chart is drawn and the summary shows. */
    async trends(href: string) {
      const start = go(href);
      return chartVisit(
        start,
        () => Boolean(document.querySelector('main.trends .trend-summary')),
        `Trends at ${href}`,
      );
    },

    /** From the tap on History until the first days of entries show. */
    async history() {
      const start = go('/history');
      await until(() => document.querySelector('main .history-day .history-list li'), 'the first History entries');
      return (await afterFrame()) - start;
    },

    /** From the tap on "Print report" until the page's chart image is decoded and the Print button is enabled. */
    async report(href: string) {
      const start = go(href);
      const img = await until(() => {
        const image = document.querySelector<HTMLImageElement>('main img.rp-chart-img[src]');
        const print = [...document.querySelectorAll<HTMLButtonElement>('main button')].find((b) =>
          /print/i.test(b.textContent ?? ''),
        );
        return image && print && !print.disabled ? image : null;
      }, `the report at ${href}`);
      await img.decode();
      const shown = await afterFrame();
      const marks = chartMarks(start);
      return { ms: shown - start, draws: marks.length, canvases: 1, points: {} };
    },

    async openSettings() {
      go('/settings');
      await until(
        () =>
          [...document.querySelectorAll('main button[type="submit"]')].find((b) =>
            /back up now/i.test(b.textContent ?? ''),
          ),
        'the Back up button',
      );
    },

    /** From the click on "Back up now" until the file is handed to the browser's download. */
    async backup() {
      const button = [...document.querySelectorAll<HTMLButtonElement>('main button[type="submit"]')].find((b) =>
        /back up now/i.test(b.textContent ?? ''),
      );
      if (!button) throw new Error('No Back up button');
      let savedAt = 0;
      const onClick = (event: Event) => {
        const link = (event.target as Element | null)?.closest?.('a[download]');
        if (link && (link as HTMLAnchorElement).href.startsWith('blob:')) savedAt = performance.now();
      };
      document.addEventListener('click', onClick, true);
      const start = performance.now();
      button.click();
      await until(() => savedAt, 'the backup download');
      document.removeEventListener('click', onClick, true);
      // Wait for the form to be ready again before the next run.
      await until(
        () => !button.getAttribute('aria-busy') || button.getAttribute('aria-busy') === 'false',
        'the backup form to settle',
      );
      return savedAt - start;
    },

    /** Notes when a file is picked (the change event), before the test sets the file input. */
    armRestore() {
      restoreChosenAt = 0;
      document.addEventListener(
        'change',
        (event) => {
          if ((event.target as HTMLInputElement).type === 'file') restoreChosenAt = event.timeStamp;
        },
        { capture: true, once: true },
      );
    },

    /** After a file is picked: until the preview shows (read + validate), then Replace → confirm until "Restored" (write). */
    async restore() {
      const preview = await until(() => document.querySelector('main .restore-preview'), 'the restore preview');
      const validate = (await afterFrame()) - restoreChosenAt;
      const replace = preview.querySelector<HTMLInputElement>('input[type="radio"][value="replace"]');
      let start: number;
      if (replace) {
        // With entries on the device the choice is offered; Replace asks to confirm in a dialog.
        replace.click();
        const button = await until(
          () => preview.querySelector<HTMLButtonElement>(':scope > .btn-row > .btn-danger'),
          'the Replace button',
        );
        button.click();
        const confirm = await until(
          () =>
            [...document.querySelectorAll<HTMLButtonElement>('dialog[open] button')].find((b) =>
              /replace everything/i.test(b.textContent ?? ''),
            ),
          'the confirmation',
        );
        start = performance.now();
        confirm.click();
      } else {
        const button = await until(
          () => preview.querySelector<HTMLButtonElement>(':scope > .btn-row > .btn-primary'),
          'the Restore button',
        );
        start = performance.now();
        button.click();
      }
      await until(() => document.querySelector('main .restore-done'), 'the restore to finish');
      const write = (await afterFrame()) - start;
      // Back to the first step for the next run.
      [...document.querySelectorAll<HTMLButtonElement>('main .restore-done button')][0]?.click();
      await until(() => document.querySelector('main .file-picker input[type="file"]'), 'the file picker');
      return { validate, write };
    },

    /**
     * Taps `pain` on Today's scale, waits `pauseMs` (a person's next tap is never instant), then taps Save; times the
     * click on Save until the "Saved" toast shows.
     */
    async saveViaUi(pain: number, pauseMs: number) {
      const radio = document.querySelector<HTMLInputElement>(
        `.checkin-form .pain-scale input[type="radio"][value="${pain}"]`,
      );
      if (!radio) throw new Error(`No pain ${pain} on the scale`);
      radio.click();
      const save = await until(
        () => document.querySelector<HTMLButtonElement>('.checkin-form .checkin-save:not([disabled])'),
        'the Save button',
      );
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
      for (const toast of document.querySelectorAll('.toast-message')) seenToasts.add(toast);
      const start = performance.now();
      save.click();
      await until(
        () =>
          [...document.querySelectorAll('.toast-message')].find(
            (toast) => !seenToasts.has(toast) && /^Saved/.test(toast.textContent ?? ''),
          ),
        'the Saved toast',
      );
      return (await afterFrame()) - start;
    },
  } satisfies BenchHelpers;

  w.__pjb = helpers;
}
