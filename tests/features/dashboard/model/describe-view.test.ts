import { describe, expect, it } from 'vitest';
import { mockDataset } from '@mocks/node';
import { areaText, pledgedDefinition, scopeText } from '@/features/dashboard/model/describe-view';

const reference = mockDataset.reference;

describe('the words that describe a view', () => {
  it('says what pledged and expected to date mean for the period', () => {
    expect(pledgedDefinition('all', '2026-27-Q2')).toBe(
      "Pledged is each supplier's whole pledge. Expected to date is the part of it profiled for quarters up to Q2 2026/27, the last complete quarter.",
    );
    expect(pledgedDefinition('2025-26', '2026-27-Q2')).toMatch(
      /^Pledged is the part of each pledge profiled to fall in 2025\/26\. Expected to date is the part of that due by the end of Q2 2026\/27/,
    );
    expect(pledgedDefinition('2025-26-Q3', '2026-27-Q2')).toMatch(/profiled to fall in Q3 2025\/26\./);
  });

  it('names the area and the rest of the filter', () => {
    expect(areaText([], reference)).toBe('Liverpool City Region');
    expect(areaText(['E08000015', 'E06000006'], reference)).toBe('Halton and Wirral');
    expect(areaText(['E08000011', 'E08000012', 'E08000013'], reference)).toBe('Knowsley, Liverpool and St Helens');
    expect(scopeText([], [], reference)).toBeNull();
    expect(scopeText(['jobs', 'environment'], ['live', 'closed'], reference)).toBe(
      'Good jobs and skills, Net zero and environment; live and closed contracts',
    );
  });
});
