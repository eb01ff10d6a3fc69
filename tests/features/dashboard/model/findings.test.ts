import { describe, expect, it } from 'vitest';
import { boroughFinding, headlineFinding, measuresFinding } from '@/features/dashboard/model/findings';
import { HEADLINE_INFO } from '@/lib/domain/headlines';

describe('chart titles state the finding', () => {
  it('says how far a headline outcome is behind or ahead of profile, rounding as the percentages do', () => {
    expect(headlineFinding(HEADLINE_INFO.apprenticeships, 82.4)).toBe('Apprenticeships are 18% behind profile');
    // 94.6% shows as 94%, so the title says 6% behind, not 5%.
    expect(headlineFinding(HEADLINE_INFO.jobs, 94.6)).toBe('Jobs are 6% behind profile');
    expect(headlineFinding(HEADLINE_INFO['local-spend'], 100.4)).toBe('Local spend is on profile');
    expect(headlineFinding(HEADLINE_INFO.carbon, 112)).toBe('Carbon saved is 12% ahead of profile');
    expect(headlineFinding(HEADLINE_INFO.jobs, null)).toBe('No jobs due yet');
    expect(headlineFinding(HEADLINE_INFO.jobs, 50, 'Wirral')).toBe('Jobs in Wirral are 50% behind profile');
    expect(headlineFinding(HEADLINE_INFO['local-spend'], 90, 'Sefton')).toBe(
      'Local spend in Sefton is 10% behind profile',
    );
  });

  it('keeps titles to ten words or fewer', () => {
    const titles = [
      headlineFinding(HEADLINE_INFO['local-spend'], 12, 'St Helens'),
      boroughFinding(HEADLINE_INFO.apprenticeships, [
        { name: 'St Helens', inFilter: true, pct: 96 },
        { name: 'Halton', inFilter: true, pct: 99 },
      ]),
      measuresFinding([{ rag: 'green' }, { rag: 'red' }, { rag: 'not-due' }]),
    ];
    for (const title of titles) expect(title.split(' ').length).toBeLessThanOrEqual(10);
  });

  it('names the borough furthest behind, among those in the filter and due', () => {
    const rows = [
      { name: 'Halton', inFilter: true, pct: 97 },
      { name: 'Knowsley', inFilter: true, pct: 61 },
      { name: 'Wirral', inFilter: false, pct: 0 },
      { name: 'Sefton', inFilter: true, pct: null },
    ];
    expect(boroughFinding(HEADLINE_INFO.jobs, rows)).toBe('Knowsley is furthest behind on jobs');
    expect(boroughFinding(HEADLINE_INFO.jobs, rows.slice(0, 1))).toBe('Jobs in Halton are 3% behind profile');
    expect(
      boroughFinding(HEADLINE_INFO.carbon, [
        { name: 'Halton', inFilter: true, pct: 100 },
        { name: 'Knowsley', inFilter: true, pct: 130 },
      ]),
    ).toBe('Every borough is on or ahead of profile for carbon saved');
    expect(boroughFinding(HEADLINE_INFO.jobs, rows.slice(2))).toBe('No jobs due yet in these boroughs');
  });

  it('counts the measures on track among those due', () => {
    expect(measuresFinding([{ rag: 'green' }, { rag: 'amber' }, { rag: 'red' }, { rag: 'not-due' }])).toBe(
      '1 of 3 measures due so far are on track',
    );
    expect(measuresFinding([{ rag: 'green' }, { rag: 'green' }])).toBe('All 2 measures due so far are on track');
    expect(measuresFinding([{ rag: 'not-due' }])).toBe('No measures are due yet');
  });
});
