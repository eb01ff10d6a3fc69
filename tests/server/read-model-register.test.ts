// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiProblem } from '@/lib/contract/problems';
import { CONTRACT_SORTS, contractsQuerySchema, contractViewQuerySchema } from '@/lib/contract';
import { openReadModelDb, type ReadModelDb } from './support/read-model-db';

let ctx: ReadModelDb;

beforeAll(async () => {
  ctx = await openReadModelDb();
}, 120_000);

afterAll(async () => {
  await ctx.database.close();
});

const listQueries: [string, Record<string, unknown>][] = [
  ['the first page', {}],
  ['the second page of 50', { page: 2, pageSize: 50 }],
  ['a page past the last', { page: 40, pageSize: 25 }],
  ['every contract on one page', { pageSize: 500 }],
  ...CONTRACT_SORTS.flatMap((sort): [string, Record<string, unknown>][] => [
    [`sorted by ${sort}`, { sort, pageSize: 100 }],
    [`sorted by -${sort}`, { sort: `-${sort}`, pageSize: 100, page: 2 }],
  ]),
  ['red', { rag: ['red'] }],
  ['amber or green, claimed', { rag: ['amber', 'green'], basis: 'claimed', pageSize: 100 }],
  ['not yet due', { rag: ['not-due'] }],
  ['red in 2025-26 by RAG', { rag: ['red'], period: '2025-26', sort: 'rag' }],
  ['a borough', { borough: ['E08000012'], pageSize: 100 }],
  ['a theme', { theme: ['environment'], sort: '-value' }],
  ['live', { status: ['live'], sort: 'endDate' }],
  ['a manager', { manager: 'u-cm-2', sort: '-lastReturn' }],
  ['an unknown manager', { manager: 'u-nobody' }],
  ['free text, any case', { q: 'SCHOOL' }],
  ['a reference', { q: 'lcrca-2023' }],
  ['free text matching nothing', { q: 'zzzz-nothing' }],
  [
    'everything at once',
    { borough: ['E08000011', 'E08000013'], theme: ['jobs'], status: ['live'], rag: ['red', 'amber'], sort: '-rag' },
  ],
  ['a quarter, by evidence awaiting', { period: '2026-27-Q2', sort: '-evidenceAwaiting', pageSize: 10 }],
];

describe('the register from PostgreSQL', () => {
  it.each(listQueries)('equals the mock’s exactly: %s', async (_name, raw) => {
    const query = contractsQuerySchema.parse(raw);
    const actual = await ctx.readModel.listContracts(query);
    const expected = ctx.mock.listContracts(query);
    expect(actual).toEqual(expected);
    expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
  });

  it('lists contracts, so the comparisons above are not of empty pages', async () => {
    const page = await ctx.readModel.listContracts(contractsQuerySchema.parse({ rag: ['red'] }));
    expect(page.total).toBeGreaterThan(10);
    expect(page.items.every((c) => c.rag === 'red')).toBe(true);
  });
});

describe('one contract from PostgreSQL', () => {
  const ids = ['c-00001', 'c-00002', 'c-00077', 'c-00150', 'c-00250'];
  const views = [{}, { period: '2025-26' }, { period: '2026-27-Q2', basis: 'claimed' }, { period: '2015-16' }];

  it.each(ids.flatMap((id) => views.map((view): [string, Record<string, unknown>] => [id, view])))(
    'equals the mock’s exactly: %s %o',
    async (id, raw) => {
      const view = contractViewQuerySchema.parse(raw);
      const actual = await ctx.readModel.contract(id, view);
      const expected = ctx.mock.contract(id, view);
      expect(actual).toEqual(expected);
      expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
    },
  );

  it('has commitments and returns, so the comparisons above are not of empty contracts', async () => {
    const detail = await ctx.readModel.contract('c-00002', contractViewQuerySchema.parse({}));
    expect(detail.commitments.length).toBeGreaterThan(0);
    expect(detail.returns.length).toBeGreaterThan(0);
  });

  it('is a 404 problem, as from the mock, for an unknown id', async () => {
    const view = contractViewQuerySchema.parse({});
    const error = await ctx.readModel.contract('c-99999', view).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    expect(() => ctx.mock.contract('c-99999', view)).toThrow(ApiProblem);
    let expected: unknown;
    try {
      ctx.mock.contract('c-99999', view);
    } catch (e) {
      expected = e;
    }
    expect((error as ApiProblem).problem).toEqual((expected as ApiProblem).problem);
    expect((error as ApiProblem).problem.status).toBe(404);
  });
});
