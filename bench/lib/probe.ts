/**
 * The in-page half of the benchmark. `installProbe` runs in the page (as a Playwright init
 * script, before the app's own code) and waits for conditions there, so that a timing is the
 * page's own `performance.now()` at the frame that shows the result, not Playwright's polling.
 *
 * Everything here is serialised into the page: the functions may use only their arguments and
 * the page's globals, never imports or module-level values.
 */

/** Where the figures a user waits for are, named as a user would name them. */
export interface Target {
  /** Only inside the `<section>` whose h1-h3 heading reads exactly this ('Headline outcomes'). */
  section?: string;
  /** Only inside the `<table>` whose caption starts with this ('Contracts'). */
  table?: string;
  /** The elements, inside that scope (or `<main>`), whose text shows the figures. */
  selector: string;
}

export type Condition =
  /** At least one element of the target has text. */
  | { kind: 'present'; target: Target }
  /** The target's text differs from when the watch began, and nothing in `<main>` is marked busy. */
  | { kind: 'changed'; target: Target }
  /** An element of the target has text including `includes`; one of `failure` with text fails the watch. */
  | { kind: 'text'; target: Target; includes: string; failure?: Target };

/** A watch's outcome, in page milliseconds (navigation start is 0). */
export interface WatchTiming {
  /** The input that started it (`pointerdown` time stamp), or 0 for a page load. */
  start: number;
  /** The end of the frame that first showed the condition met. */
  end: number;
  /** The target's text at that moment, for a sanity check (an export's row count). */
  text: string;
}

export interface EventEntry {
  name: string;
  interactionId: number;
  startTime: number;
  duration: number;
}

export interface Span {
  startTime: number;
  duration: number;
}

/** What the page saw between two moments: Event Timing, long tasks and API requests. */
export interface PageTrace {
  events: EventEntry[];
  longTasks: Span[];
  apiRequests: Span[];
}

export interface ProbeOptions {
  /** Watches armed at every page load, timed from navigation start. */
  onLoad: Record<string, Condition>;
  /** Requests to this origin count as waiting for the API. */
  apiOrigin: string;
}

/** The probe's surface on `globalThis.svmBench`. */
export interface Probe {
  /** Starts a watch timed from the next `pointerdown` anywhere in the page. */
  watchInteraction: (id: string, condition: Condition) => void;
  /** Waits for a watch to finish (or fail, or time out). */
  result: (id: string, timeoutMs: number) => Promise<WatchTiming>;
  trace: (from: number, to: number) => Promise<PageTrace>;
}

export type ProbeGlobal = typeof globalThis & { svmBench?: Probe };

/** Runs in the page before any of its scripts. */
export function installProbe(options: ProbeOptions): void {
  const events: EventEntry[] = [];
  const longTasks: Span[] = [];
  const watches = new Map<string, Promise<WatchTiming>>();

  const eventObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record(entry);
  });
  const taskObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ startTime: entry.startTime, duration: entry.duration });
  });
  function record(entry: PerformanceEntry): void {
    const interactionId = 'interactionId' in entry && typeof entry.interactionId === 'number' ? entry.interactionId : 0;
    events.push({ name: entry.name, interactionId, startTime: entry.startTime, duration: entry.duration });
  }
  // Event Timing reports only events of at least 16 ms (its floor): a shorter one is a pass anyway.
  eventObserver.observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  taskObserver.observe({ type: 'longtask', buffered: true });
  // An export pages through the API a few hundred times; keep every request's timing.
  performance.setResourceTimingBufferSize(100_000);

  function scope(target: Target): Element | null {
    let root: Element | null = document.querySelector('main');
    if (root && target.section !== undefined) {
      const heading = [...root.querySelectorAll('h1, h2, h3')].find((h) => h.textContent.trim() === target.section);
      root = heading?.closest('section') ?? null;
    }
    if (root && target.table !== undefined) {
      const prefix = target.table;
      const caption = [...root.querySelectorAll('caption')].find((c) => c.textContent.trim().startsWith(prefix));
      root = caption?.closest('table') ?? null;
    }
    return root;
  }

  function textOf(target: Target | undefined): string {
    const root = target && scope(target);
    if (!target || !root) return '';
    return [...root.querySelectorAll(target.selector)].map((element) => element.textContent.trim()).join(' | ');
  }

  /** 'met', 'waiting', or the failure's text. */
  function check(condition: Condition, before: string): string {
    const text = textOf(condition.target);
    switch (condition.kind) {
      case 'present':
        return text.replaceAll('|', '').trim() === '' ? 'waiting' : 'met';
      case 'changed':
        return text !== before && document.querySelector('main [aria-busy="true"]') === null ? 'met' : 'waiting';
      case 'text': {
        const failure = textOf(condition.failure);
        if (failure.replaceAll('|', '').trim() !== '') return failure;
        return text.includes(condition.includes) ? 'met' : 'waiting';
      }
    }
  }

  /** After the frame that paints the current DOM: a rAF callback runs just before paint, the next task after it. */
  function afterNextPaint(): Promise<number> {
    return new Promise((resolve) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      });
    });
  }

  function watch(condition: Condition, startAt: () => number | undefined): Promise<WatchTiming> {
    const before = condition.kind === 'changed' ? textOf(condition.target) : '';
    return new Promise((resolve, reject) => {
      const observer = new MutationObserver(evaluate);
      function evaluate(): void {
        const start = startAt();
        if (start === undefined) return;
        const outcome = check(condition, before);
        if (outcome === 'waiting') return;
        observer.disconnect();
        if (outcome !== 'met') {
          reject(new Error(`The page showed a failure: ${outcome}`));
          return;
        }
        const text = textOf(condition.target);
        void afterNextPaint().then((end) => resolve({ start, end, text }));
      }
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      evaluate();
    });
  }

  for (const [id, condition] of Object.entries(options.onLoad))
    watches.set(
      id,
      watch(condition, () => 0),
    );

  const probe: Probe = {
    watchInteraction(id, condition) {
      let start: number | undefined;
      addEventListener(
        'pointerdown',
        (event) => {
          start = event.timeStamp;
        },
        { capture: true, once: true },
      );
      watches.set(
        id,
        watch(condition, () => start),
      );
    },
    async result(id, timeoutMs) {
      const pending = watches.get(id);
      if (!pending) throw new Error(`Nothing is watching for ${id}`);
      let timer = 0;
      const timeout = new Promise<never>((_, reject) => {
        timer = window.setTimeout(() => reject(new Error(`${id} did not happen within ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        return await Promise.race([pending, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    async trace(from, to) {
      // Entries for the last frame are queued after it paints; give them a frame to arrive.
      await afterNextPaint();
      for (const entry of eventObserver.takeRecords()) record(entry);
      for (const entry of taskObserver.takeRecords())
        longTasks.push({ startTime: entry.startTime, duration: entry.duration });
      const within = (span: Span) => span.startTime + span.duration >= from && span.startTime <= to;
      const apiRequests = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.startsWith(options.apiOrigin))
        .map((entry) => ({ startTime: entry.startTime, duration: entry.duration }));
      return {
        events: events.filter((entry) => entry.startTime >= from - 1 && entry.startTime <= to),
        longTasks: longTasks.filter(within),
        apiRequests: apiRequests.filter(within),
      };
    },
  };
  (globalThis as ProbeGlobal).svmBench = probe;
}

/**
 * tsx (esbuild with keepNames) wraps named functions in `__name(...)` calls, which the page
 * does not define; this init script, added first, makes those calls harmless there.
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn;';
