/** Numbers, money, quantities, dates and labels as the app shows them (en-GB). */
export { financialYearLabel, periodLabel, quarterLabel } from '@/lib/figures';
export * from './date';
export * from './labels';
export * from './number';
