import { describe, expect, it } from 'vitest';
import {
  areaLabel,
  contractStatusLabel,
  financialYearLabel,
  periodLabel,
  quarterLabel,
  ragLabel,
  roleLabel,
  verificationStatusLabel,
} from '@/lib/format';

describe('labels', () => {
  it('puts RAG in words', () => {
    expect(ragLabel('red')).toBe('Red');
    expect(ragLabel('amber')).toBe('Amber');
    expect(ragLabel('green')).toBe('Green');
    expect(ragLabel('not-due')).toBe('Not yet due');
  });

  it('names roles, statuses and areas in sentence case', () => {
    expect(roleLabel('contract-manager')).toBe('Contract manager');
    expect(roleLabel('supplier')).toBe('Supplier');
    expect(contractStatusLabel('mobilising')).toBe('Mobilising');
    expect(verificationStatusLabel('queried')).toBe('Queried');
    expect(areaLabel('E08000013')).toBe('St Helens');
    expect(areaLabel('region')).toBe('Region-wide');
  });

  it('re-exports the period labels', () => {
    expect(quarterLabel('2025-26-Q2')).toBe('Q2 2025/26');
    expect(financialYearLabel('2025-26')).toBe('2025/26');
    expect(periodLabel('all')).toBe('All time');
  });
});
