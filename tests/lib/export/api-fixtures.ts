import {
  BOROUGHS,
  THEMES,
  contractSummarySchema,
  referenceDataSchema,
  type ContractSummary,
  type ReferenceData,
} from '@/lib/contract';

export const reference: ReferenceData = referenceDataSchema.parse({
  asOf: '2026-10-31',
  reportingQuarter: '2026-27-Q2',
  boroughs: BOROUGHS.map((b) => ({ ...b })),
  themes: THEMES.map((t) => ({ ...t })),
  measures: [
    {
      code: 'JOB-LOCAL-FTE',
      name: 'Local people employed',
      theme: 'jobs',
      unit: 'FTE',
      headline: 'jobs',
      proxyValue: 1,
    },
  ],
  financialYears: [],
  categories: [{ id: 'highways', name: 'Highways' }],
  users: [{ id: 'u-cm-1', name: 'Sam Patel', role: 'contract-manager' }],
});

export function contract(i: number): ContractSummary {
  return contractSummarySchema.parse({
    id: `c-${i}`,
    reference: `LCRCA-2024-${String(i).padStart(5, '0')}`,
    title: i === 2 ? '=cmd|"/c calc"!A1' : `Road resurfacing, phase ${i}`,
    supplier: { id: 's-1', name: 'Mersey Surfacing Ltd', companyNumber: '01234567', sme: true, vcse: false },
    category: 'highways',
    value: 100_000 + i,
    startDate: '2024-04-01',
    endDate: '2027-03-31',
    status: 'live',
    boroughs: ['E08000012', 'E08000014'],
    regionWide: false,
    managerId: 'u-cm-1',
    managerName: 'Sam Patel',
    rag: 'amber',
    headlinePct: { jobs: 80.5, apprenticeships: null, 'local-spend': 101, carbon: -5 },
    lastReturn: { quarter: '2026-27-Q2', submittedOn: '2026-10-20', late: false },
    evidenceAwaiting: i % 3,
  });
}

export interface FakeApi {
  fetch: typeof fetch;
  requests: URL[];
  headers: Headers[];
}

interface FakeApiOptions {
  contracts: readonly ContractSummary[];
  /** Answer this contracts page with the given response instead of data. */
  failPage?: { page: number; response: () => Response };
  /** Report a different total from this page on, as if the data changed. */
  totalChangesOnPage?: number;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** A stand-in for the API behind `fetch`: reference data and a paged contracts list. */
export function fakeApi({ contracts, failPage, totalChangesOnPage }: FakeApiOptions): FakeApi {
  const requests: URL[] = [];
  const headers: Headers[] = [];
  const fakeFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input);
    requests.push(url);
    headers.push(new Headers(init?.headers));
    init?.signal?.throwIfAborted();
    if (url.pathname.endsWith('/reference')) return json(reference);
    if (!url.pathname.endsWith('/contracts'))
      return json({ type: 'about:blank', title: 'Not found', status: 404 }, 404);
    const page = Number(url.searchParams.get('page') ?? '1');
    const pageSize = Number(url.searchParams.get('pageSize') ?? '25');
    if (failPage?.page === page) return failPage.response();
    const total = contracts.length + (totalChangesOnPage !== undefined && page >= totalChangesOnPage ? 1 : 0);
    return json({
      items: contracts.slice((page - 1) * pageSize, page * pageSize),
      page,
      pageSize,
      total,
      pageCount: Math.ceil(total / pageSize),
    });
  };
  return { fetch: fakeFetch, requests, headers };
}
