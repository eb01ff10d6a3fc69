// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOROUGHS, dashboardQuerySchema, themeIdSchema } from '@/lib/contract';
import { openReadModelDb, type ReadModelDb } from './support/read-model-db';

let ctx: ReadModelDb;

beforeAll(async () => {
  ctx = await openReadModelDb();
}, 120_000);

afterAll(async () => {
  await ctx.database.close();
});

const queries: Record<string, Record<string, unknown>>[] = [
  { default: {} },
  ...BOROUGHS.map((b) => ({ [`borough ${b.code}`]: { borough: [b.code] } })),
  ...themeIdSchema.options.map((theme) => ({ [`theme ${theme}`]: { theme: [theme] } })),
  { 'period 2023-24': { period: '2023-24' } },
  { 'period 2025-26-Q2': { period: '2025-26-Q2' } },
  { 'the reporting quarter': { period: '2026-27-Q2' } },
  { 'a future year': { period: '2029-30' } },
  { 'a quarter with no data': { period: '2015-16-Q1' } },
  { 'status live': { status: ['live'] } },
  { 'statuses closed and mobilising': { status: ['closed', 'mobilising'] } },
  { 'basis claimed': { basis: 'claimed' } },
  {
    'two boroughs, a theme, a year, claimed': {
      borough: [BOROUGHS[0]?.code, BOROUGHS[1]?.code],
      theme: ['jobs'],
      period: '2025-26',
      basis: 'claimed',
    },
  },
  { 'environment, live, 2026-27': { theme: ['environment'], status: ['live'], period: '2026-27' } },
];

describe('the dashboard from PostgreSQL', () => {
  it.each(queries.map((q) => Object.entries(q)[0] as [string, Record<string, unknown>]))(
    'equals the mock’s exactly: %s',
    async (_name, raw) => {
      const query = dashboardQuerySchema.parse(raw);
      const actual = await ctx.readModel.dashboard(query);
      const expected = ctx.mock.dashboard(query);
      expect(actual).toEqual(expected);
      expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
    },
  );

  it('counts something for the default view, so the comparisons above are not of empty answers', async () => {
    const summary = await ctx.readModel.dashboard(dashboardQuerySchema.parse({}));
    expect(summary.contractCount).toBeGreaterThan(100);
    expect(summary.furthestBehind).toHaveLength(10);
    expect(summary.byQuarter.length).toBeGreaterThan(8);
    expect(summary.socialValue.verified).toBeGreaterThan(0);
  });
});
