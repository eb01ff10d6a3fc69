import type { Unit } from '@/lib/contract';

/** Excel number formats. £ is quoted because only a few symbols may stand bare in a format. */
export const NUMBER_FORMATS = {
  gbp: '"£"#,##0',
  pct: '0.0%',
  integer: '#,##0',
  number: '#,##0.00',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
} as const;

/** A quantity's format shows its unit, so a column that mixes units still reads right. */
export const UNIT_FORMATS: Record<Unit, string> = {
  GBP: NUMBER_FORMATS.gbp,
  tCO2e: '#,##0.0 "tCO2e"',
  FTE: '#,##0.0 "FTE"',
  people: '#,##0',
  weeks: '#,##0 "weeks"',
  hours: '#,##0 "hours"',
  miles: '#,##0 "miles"',
};
