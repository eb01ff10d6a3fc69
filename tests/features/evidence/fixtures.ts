import { screen, within } from '@testing-library/react';
import { mockStore } from '@mocks/node';
import type { Evidence, EvidenceQuery } from '@/lib/contract';

const ALL: EvidenceQuery = { borough: [], theme: [], status: [], sort: 'uploadedAt', page: 1, pageSize: 500 };

/** Evidence awaiting a decision, straight from the mock store (oldest first). */
export function awaitingEvidence(filter: (e: Evidence) => boolean = () => true): Evidence[] {
  return mockStore.listEvidence({ ...ALL, status: ['pending'] }).items.filter(filter);
}

export function firstPending(filter?: (e: Evidence) => boolean): Evidence {
  const [item] = awaitingEvidence(filter);
  if (!item) throw new Error('The demo data has no pending evidence matching the filter');
  return item;
}

/** The decision form of the open evidence item, once it has loaded. */
export async function findDecisionForm(): Promise<HTMLElement> {
  return screen.findByRole('form', { name: 'Your decision' });
}

export function decisionControls(form: HTMLElement) {
  return {
    radio: (name: 'Verify' | 'Reject' | 'Query') => within(form).getByRole('radio', { name }),
    comment: () => within(form).getByRole('textbox', { name: 'Comment' }),
    quantity: () => within(form).getByRole('spinbutton', { name: /Verified quantity/ }),
    submit: () => within(form).getByRole('button', { name: 'Record decision' }),
  };
}
