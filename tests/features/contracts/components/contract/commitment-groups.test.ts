import { describe, expect, it } from 'vitest';
import { BOROUGHS, THEMES, type CommitmentWithFigures, type Measure } from '@/lib/contract';
import { commitmentLabel, groupCommitmentsByTheme } from '@/features/contracts/components/contract/commitment-groups';

const measures: Measure[] = [
  { code: 'JOBS', name: 'Local people employed', theme: 'jobs', unit: 'FTE', headline: 'jobs', proxyValue: 1 },
  {
    code: 'APPS',
    name: 'Apprenticeship starts',
    theme: 'jobs',
    unit: 'people',
    headline: 'apprenticeships',
    proxyValue: 1,
  },
  {
    code: 'SPEND',
    name: 'Spend with LCR suppliers',
    theme: 'economy',
    unit: 'GBP',
    headline: 'local-spend',
    proxyValue: 1,
  },
];
const reference = { boroughs: [...BOROUGHS], themes: [...THEMES], measures };

function commitment(id: string, measureCode: string, area: CommitmentWithFigures['area']): CommitmentWithFigures {
  return {
    id,
    contractId: 'c1',
    measureCode,
    area,
    total: 1,
    profile: [],
    figures: { pledged: 1, expected: 1, claimed: 1, verified: 1 },
    rag: 'green',
    pct: 100,
  };
}

describe('commitmentLabel', () => {
  it('names the measure and the borough, or the region', () => {
    expect(commitmentLabel(commitment('a', 'JOBS', 'E08000012'), reference)).toBe('Local people employed (Liverpool)');
    expect(commitmentLabel(commitment('b', 'SPEND', 'region'), reference)).toBe(
      'Spend with LCR suppliers (Region-wide)',
    );
  });
});

describe('groupCommitmentsByTheme', () => {
  it("groups by the measure's theme in reference order, measures in order, boroughs before region-wide", () => {
    const groups = groupCommitmentsByTheme(
      [
        commitment('spend', 'SPEND', 'region'),
        commitment('apps-wirral', 'APPS', 'E08000015'),
        commitment('jobs-region', 'JOBS', 'region'),
        commitment('jobs-halton', 'JOBS', 'E06000006'),
      ],
      reference,
    );
    expect(groups.map((g) => [g.theme.name, g.rows.map((r) => r.commitment.id)])).toEqual([
      ['Good jobs and skills', ['jobs-halton', 'jobs-region', 'apps-wirral']],
      ['Local economy', ['spend']],
    ]);
  });

  it('leaves out themes without commitments and commitments of unknown measures', () => {
    expect(groupCommitmentsByTheme([commitment('x', 'UNKNOWN', 'region')], reference)).toEqual([]);
  });
});
