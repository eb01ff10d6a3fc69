import { describe, expect, it } from 'vitest';
import { CONTRACT_SORTS, contractsQuerySchema, type ContractSummary } from '@/lib/contract';
import { mockDataset, mockStore } from '@mocks/node';
import { plainContractRag, returnsByCommitment } from '../independent';

const returns = returnsByCommitment(mockDataset);
const { contracts } = mockDataset;

function list(query: Record<string, unknown>) {
  return mockStore.listContracts(contractsQuerySchema.parse(query));
}

/** Every contract matching a query, across all its pages. */
function all(query: Record<string, unknown>): ContractSummary[] {
  return list({ ...query, pageSize: 500 }).items;
}

const reader = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });
const ids = (items: { id: string }[]) => items.map((c) => c.id);
const byReference = (a: { reference: string }, b: { reference: string }) => a.reference.localeCompare(b.reference);

describe('the register, against an independent reading of the data set', () => {
  it('lists every contract in reference order by default, 25 a page', () => {
    const page = list({});
    expect(page).toMatchObject({
      page: 1,
      pageSize: 25,
      total: contracts.length,
      pageCount: Math.ceil(contracts.length / 25),
    });
    expect(ids(page.items)).toEqual(ids([...contracts].sort(byReference).slice(0, 25)));
  });

  it('filters by borough served (any of several)', () => {
    const boroughs = ['E08000012', 'E06000006'];
    const expected = contracts.filter((c) => c.boroughs.some((b) => boroughs.includes(b)));
    expect(ids(all({ borough: boroughs }))).toEqual(ids([...expected].sort(byReference)));
  });

  it('filters by status and theme (a commitment in the theme)', () => {
    const themeOf = new Map(mockDataset.reference.measures.map((m) => [m.code, m.theme]));
    const withCarbon = new Set(
      mockDataset.commitments.filter((c) => themeOf.get(c.measureCode) === 'environment').map((c) => c.contractId),
    );
    const expected = contracts.filter((c) => c.status === 'live' && withCarbon.has(c.id));
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(all({ status: ['live'], theme: ['environment'] }))).toEqual(ids([...expected].sort(byReference)));
  });

  it('searches reference, title, supplier, company number and manager, ignoring case', () => {
    const sample = contracts[7];
    if (!sample) throw new Error('The demo data should have contracts');
    for (const q of [sample.reference.toLowerCase(), sample.supplier.companyNumber, sample.managerName.toUpperCase()]) {
      const needle = q.toLowerCase();
      const expected = contracts.filter((c) =>
        [c.reference, c.title, c.supplier.name, c.supplier.companyNumber, c.managerName].some((t) =>
          t.toLowerCase().includes(needle),
        ),
      );
      expect(ids(all({ q }))).toEqual(ids([...expected].sort(byReference)));
    }
    expect(all({ q: 'no such contract anywhere' })).toEqual([]);
  });

  it("shows one manager's contracts", () => {
    expect(ids(all({ manager: 'u-cm-4' }))).toEqual(
      ids(contracts.filter((c) => c.managerId === 'u-cm-4').sort(byReference)),
    );
  });

  it('works out RAG as the worst headline commitment, and filters by it', () => {
    const red = all({ rag: ['red'] });
    const expected = contracts.filter((c) => plainContractRag(mockDataset, returns, c.id) === 'red');
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(red)).toEqual(ids([...expected].sort(byReference)));
    for (const c of all({ pageSize: 60 }).slice(0, 60))
      expect(c.rag).toBe(plainContractRag(mockDataset, returns, c.id));
  });

  it('sorts by value, largest first, and pages without repeats or gaps', () => {
    const expected = [...contracts].sort((a, b) => b.value - a.value || byReference(a, b));
    const page2 = list({ sort: '-value', page: 2, pageSize: 10 });
    expect(ids(page2.items)).toEqual(ids(expected.slice(10, 20)));
    const pages = [1, 2, 3].flatMap((page) => ids(list({ sort: '-value', page, pageSize: 10 }).items));
    expect(new Set(pages).size).toBe(30);
  });

  it.each(CONTRACT_SORTS.flatMap((key) => [key, `-${key}`]))('sorts by %s with ties in reference order', (sort) => {
    const items = all({ sort });
    expect(items).toHaveLength(contracts.length);
    const key = sort.replace('-', '');
    const value = (c: ContractSummary): number | string => {
      switch (key) {
        case 'supplier':
          return c.supplier.name.toLowerCase();
        case 'manager':
          return c.managerName.toLowerCase();
        case 'status':
          return ['mobilising', 'live', 'closed'].indexOf(c.status);
        case 'rag':
          return ['red', 'amber', 'green', 'not-due'].indexOf(c.rag);
        case 'lastReturn':
          return c.lastReturn ? `${c.lastReturn.quarter} ${c.lastReturn.submittedOn ?? ''}` : '';
        default: {
          const v = c[key as 'reference' | 'title' | 'value' | 'endDate' | 'evidenceAwaiting'];
          return typeof v === 'string' ? v.toLowerCase() : v;
        }
      }
    };
    const direction = sort.startsWith('-') ? -1 : 1;
    // Text sorts as a reader expects: any case, and road numbers like A59 before A552.
    const compare = (x: number | string, y: number | string) =>
      typeof x === 'string' && typeof y === 'string' && key !== 'lastReturn'
        ? reader.compare(x, y)
        : x === y
          ? 0
          : x < y
            ? -1
            : 1;
    for (let i = 1; i < items.length; i += 1) {
      const [a, b] = [items[i - 1], items[i]] as [ContractSummary, ContractSummary];
      const order = compare(value(a), value(b));
      if (order === 0)
        expect(reader.compare(a.reference, b.reference), `${a.reference} before ${b.reference}`).toBeLessThan(0);
      else expect(direction * order, `${String(value(a))} before ${String(value(b))}`).toBe(-1);
    }
  });

  it('counts evidence awaiting a decision per contract', () => {
    for (const c of list({ sort: '-evidenceAwaiting', pageSize: 5 }).items) {
      const awaiting = mockDataset.evidence.filter(
        (e) => e.contractId === c.id && (e.status === 'pending' || e.status === 'queried'),
      );
      expect(c.evidenceAwaiting).toBe(awaiting.length);
    }
  });

  it('is a page past the end: empty items, the true total', () => {
    const page = list({ page: 999 });
    expect(page.items).toEqual([]);
    expect(page.total).toBe(contracts.length);
  });
});

describe('one contract', () => {
  it('lists its commitments with figures and its returns for the period', () => {
    const contract = contracts.find((c) => c.startDate < '2024-01-01' && c.endDate > '2025-06-30');
    if (!contract) throw new Error('The demo data should have a contract running through 2024/25');
    const detail = mockStore.contract(contract.id, { basis: 'verified', period: '2024-25' });
    const own = mockDataset.commitments.filter((c) => c.contractId === contract.id);
    expect(detail.commitments.map((c) => c.id)).toEqual(own.map((c) => c.id));
    expect(detail.returns.every((r) => r.contractId === contract.id && r.quarter.startsWith('2024-25'))).toBe(true);
    for (const c of detail.commitments) {
      const claimed = detail.returns.filter((r) => r.commitmentId === c.id).reduce((sum, r) => sum + r.claimed, 0);
      expect(c.figures.claimed).toBeCloseTo(claimed, 6);
    }
  });
});
