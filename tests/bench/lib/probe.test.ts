// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installProbe, type Probe, type ProbeGlobal } from '../../../bench/lib/probe';

type Callback = (list: { getEntries: () => object[] }) => void;

/** jsdom has no Event Timing or Long Tasks: a stand-in the test feeds entries through. */
class FakeObserver {
  static instances: FakeObserver[] = [];
  type = '';
  constructor(private readonly callback: Callback) {
    FakeObserver.instances.push(this);
  }
  observe(options: { type: string }) {
    this.type = options.type;
  }
  takeRecords() {
    return [];
  }
  emit(entries: object[]) {
    this.callback({ getEntries: () => entries });
  }
}

function probe(): Probe {
  const installed = (globalThis as ProbeGlobal).svmBench;
  if (!installed) throw new Error('not installed');
  return installed;
}

function main(html: string): HTMLElement {
  const element = document.createElement('main');
  // Test markup only: the probe reads the DOM the app would render.
  element.innerHTML = html;
  document.body.replaceChildren(element);
  return element;
}

function click(): number {
  const event = new Event('pointerdown', { bubbles: true });
  document.body.dispatchEvent(event);
  return event.timeStamp;
}

beforeEach(() => {
  FakeObserver.instances = [];
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  Object.defineProperty(performance, 'setResourceTimingBufferSize', { value: vi.fn(), configurable: true });
  installProbe({
    onLoad: { headline: { kind: 'present', target: { section: 'Headline outcomes', selector: 'li dd' } } },
    apiOrigin: 'http://127.0.0.1:8787',
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('a page-load watch', () => {
  it('waits for figures in the section with that heading, timed from navigation start', async () => {
    main('<section><h2>By borough</h2><ul><li><dl><dd>12</dd></dl></li></ul></section>');
    await expect(probe().result('headline', 50)).rejects.toThrow('headline did not happen within 50 ms');

    const headlines = document.createElement('section');
    headlines.innerHTML = '<h2>Headline outcomes</h2><ul><li><dl><dd>1,234 FTE</dd></dl></li></ul>';
    document.querySelector('main')?.prepend(headlines);

    const timing = await probe().result('headline', 1_000);
    expect(timing).toMatchObject({ start: 0, text: '1,234 FTE' });
    expect(timing.end).toBeGreaterThan(0);
  });
});

describe('an interaction watch', () => {
  it('waits until the table shows new rows and nothing is busy, timed from the pointerdown', async () => {
    const page = main(
      '<div role="region" aria-busy="false"><table><caption>Contracts, all time</caption>' +
        '<tbody><tr><td>C-001</td></tr></tbody></table></div>',
    );
    probe().watchInteraction('sort', { kind: 'changed', target: { table: 'Contracts', selector: 'tbody' } });
    const clickedAt = click();
    const region = page.querySelector('[role="region"]');
    region?.setAttribute('aria-busy', 'true');
    const cell = page.querySelector('td');
    if (cell) cell.textContent = 'C-999';
    await expect(probe().result('sort', 50)).rejects.toThrow(/did not happen/);

    region?.setAttribute('aria-busy', 'false');
    const timing = await probe().result('sort', 1_000);
    // jsdom stamps events in epoch time where Chromium uses the performance clock, so only the start is compared.
    expect(timing).toMatchObject({ start: clickedAt, text: 'C-999' });
  });

  it('ignores changes before the input that starts it', async () => {
    const page = main('<table><caption>Contracts</caption><tbody><tr><td>A</td></tr></tbody></table>');
    probe().watchInteraction('page', { kind: 'changed', target: { table: 'Contracts', selector: 'tbody' } });
    const cell = page.querySelector('td');
    if (cell) cell.textContent = 'B';
    await expect(probe().result('page', 50)).rejects.toThrow(/did not happen/);
  });

  it('fails with the text of the failure the page showed', async () => {
    const page = main('<p role="status"></p>');
    probe().watchInteraction('export', {
      kind: 'text',
      target: { selector: '[role="status"]' },
      includes: '.csv: ',
      failure: { selector: '[role="alert"]' },
    });
    click();
    const alert = document.createElement('div');
    alert.setAttribute('role', 'alert');
    alert.textContent = 'The export stopped: the API did not answer';
    page.append(alert);
    await expect(probe().result('export', 1_000)).rejects.toThrow(
      'The page showed a failure: The export stopped: the API did not answer',
    );
  });

  it('finishes when the status names the file', async () => {
    const page = main('<p role="status">20,000 contracts</p><p role="status"></p>');
    probe().watchInteraction('export', { kind: 'text', target: { selector: '[role="status"]' }, includes: '.csv: ' });
    click();
    const status = page.querySelectorAll('p')[1];
    if (status) status.textContent = 'Downloaded contracts.csv: 20,000 rows.';
    expect((await probe().result('export', 1_000)).text).toBe(
      '20,000 contracts | Downloaded contracts.csv: 20,000 rows.',
    );
  });

  it('says when nothing watches for a result', async () => {
    await expect(probe().result('nothing', 10)).rejects.toThrow('Nothing is watching for nothing');
  });
});

describe('trace', () => {
  it('keeps the events and long tasks within the window', async () => {
    const events = FakeObserver.instances.find((o) => o.type === 'event');
    const tasks = FakeObserver.instances.find((o) => o.type === 'longtask');
    events?.emit([
      { name: 'pointerdown', interactionId: 3, startTime: 100, duration: 24 },
      { name: 'click', interactionId: 3, startTime: 150, duration: 64 },
      { name: 'keydown', interactionId: 4, startTime: 900, duration: 300 },
    ]);
    tasks?.emit([
      { startTime: 20, duration: 60 },
      { startTime: 120, duration: 90 },
    ]);
    const trace = await probe().trace(100, 300);
    expect(trace.events.map((e) => e.name)).toEqual(['pointerdown', 'click']);
    expect(trace.longTasks).toEqual([{ startTime: 120, duration: 90 }]);
    expect(trace.apiRequests).toEqual([]);
  });
});
