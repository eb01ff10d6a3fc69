// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { DECISIONS_KEY, restoreDecisions, saveDecisions, UNREADABLE_DECISIONS_KEY } from '@mocks/browser-storage';
import { mockDataset } from '@mocks/node';
import { createMockStore, toDecisionFile } from '@mocks/store';

const e = mockDataset.evidence.find((x) => x.status === 'pending');
if (!e) throw new Error('The demo data should have pending evidence');
const pending = e;

function storeWithOneDecision() {
  const store = createMockStore(mockDataset);
  store.decide(pending.id, { decision: 'verify', comment: 'Seen on site', version: pending.version }, 'u-cm-1');
  return store;
}

describe('the browser demo keeps decisions in localStorage', () => {
  it('saves each decision and replays them after a reload', () => {
    const before = storeWithOneDecision();
    saveDecisions(before, localStorage);
    expect(JSON.parse(localStorage.getItem(DECISIONS_KEY) ?? '')).toEqual(toDecisionFile(before));

    const after = createMockStore(mockDataset);
    restoreDecisions(after, localStorage);
    expect(after.evidence(pending.id)).toEqual(before.evidence(pending.id));
  });

  it('clears the saved value when the demo is reset', () => {
    const store = storeWithOneDecision();
    saveDecisions(store, localStorage);
    store.reset();
    saveDecisions(store, localStorage);
    expect(localStorage.getItem(DECISIONS_KEY)).toBeNull();
  });

  it.each([
    ['not JSON', '{"decisions": ['],
    ['not a decision log', '{"hello": "world"}'],
    [
      'saved for another data set',
      JSON.stringify({ format: 'svm-decisions', version: 1, seed: 9, contracts: 250, decisions: [] }),
    ],
  ])('starts clean on a value that is %s, keeping it aside and warning', (_label, value) => {
    localStorage.setItem(DECISIONS_KEY, value);
    const warn = vi.fn();
    const store = createMockStore(mockDataset);
    restoreDecisions(store, localStorage, warn);
    expect(store.decisionLog()).toEqual([]);
    expect(localStorage.getItem(DECISIONS_KEY)).toBeNull();
    expect(localStorage.getItem(UNREADABLE_DECISIONS_KEY)).toBe(value);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(UNREADABLE_DECISIONS_KEY));
  });

  it('undoes a replay that fails part-way', () => {
    const good = toDecisionFile(storeWithOneDecision());
    const entry = good.decisions[0];
    if (!entry) throw new Error('One decision was made');
    localStorage.setItem(DECISIONS_KEY, JSON.stringify({ ...good, decisions: [entry, entry] }));
    const store = createMockStore(mockDataset);
    restoreDecisions(store, localStorage, vi.fn());
    expect(store.evidence(pending.id).evidence).toEqual(pending);
  });

  it('warns rather than fails when storage refuses the write', () => {
    const full = {
      ...localStorage,
      setItem: () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      },
    } as Storage;
    const warn = vi.fn();
    saveDecisions(storeWithOneDecision(), full, warn);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/could not be saved/));
  });
});
