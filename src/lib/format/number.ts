import type { Unit } from '@/lib/contract';

const LOCALE = 'en-GB';
const formats = new Map<string, Intl.NumberFormat>();

/** Intl.NumberFormat is slow to construct; tables format thousands of cells, so instances are reused. */
function numberFormat(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, options);
    formats.set(key, format);
  }
  return format;
}

/** 1,234 or, with `maxDecimals`, 12.5 (no trailing zeros). */
export function formatNumber(value: number, maxDecimals = 0): string {
  return numberFormat(`n${maxDecimals}`, { maximumFractionDigits: maxDecimals }).format(value);
}

/** Exact pounds: £1,234,567. */
export function formatGBP(value: number): string {
  return numberFormat('gbp', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 }).format(value);
}

const COMPACT_STEPS = [
  { size: 1e9, suffix: 'bn' },
  { size: 1e6, suffix: 'm' },
  { size: 1e3, suffix: 'k' },
] as const;

/**
 * Short pounds for tiles and chart axes: £1.2m, £850k, £3.4bn (GOV.UK style, lower-case suffix).
 * Put the exact figure (`formatGBP`) in a title or a table beside it.
 */
export function formatCompactGBP(value: number): string {
  const magnitude = Math.abs(value);
  for (const step of COMPACT_STEPS) {
    // From 999,500 up a figure is "£1m", not "£1,000k".
    if (magnitude < step.size * 0.9995) continue;
    const scaled = magnitude / step.size;
    const decimals = scaled < 99.95 ? 1 : 0;
    const rounded = Number(scaled.toFixed(decimals));
    const money = numberFormat(`gbp-compact${decimals}`, {
      style: 'currency',
      currency: 'GBP',
      maximumFractionDigits: decimals,
      minimumFractionDigits: 0,
    }).format(Math.sign(value) * rounded);
    return `${money}${step.suffix}`;
  }
  return formatGBP(value);
}

/** Whole people, weeks, hours and miles; FTE and carbon to one decimal place. */
const UNIT_DECIMALS: Record<Unit, number> = { people: 0, FTE: 1, weeks: 0, GBP: 0, tCO2e: 1, hours: 0, miles: 0 };

const UNIT_NAMES: Record<Exclude<Unit, 'GBP'>, { one: string; other: string }> = {
  people: { one: 'person', other: 'people' },
  FTE: { one: 'FTE', other: 'FTE' },
  weeks: { one: 'week', other: 'weeks' },
  tCO2e: { one: 'tCO2e', other: 'tCO2e' },
  hours: { one: 'hour', other: 'hours' },
  miles: { one: 'mile', other: 'miles' },
};

/**
 * A quantity with its unit: '12.5 FTE', '340 weeks', '1,234 tCO2e', '1 person', '£1.2m'.
 * Money is compact unless `exact` is set (tables, exports' neighbours, titles).
 */
export function formatQuantity(value: number, unit: Unit, { exact = false }: { exact?: boolean } = {}): string {
  if (unit === 'GBP') return exact ? formatGBP(value) : formatCompactGBP(value);
  const text = formatNumber(value, UNIT_DECIMALS[unit]);
  const names = UNIT_NAMES[unit];
  return `${text} ${text === '1' ? names.one : names.other}`;
}

/** How a unit reads in a column header: 'FTE', 'people', '£'. */
export function unitLabel(unit: Unit): string {
  return unit === 'GBP' ? '£' : UNIT_NAMES[unit].other;
}

/**
 * A percentage of expected: '87%'; null (nothing expected yet) is 'Not yet due'.
 * Rounded down, so the shown figure never crosses a RAG threshold the real one has not
 * reached (94.6% shows as 94%, matching its amber rating).
 */
export function formatPct(value: number | null): string {
  if (value === null) return 'Not yet due';
  if (value > 0 && value < 1) return 'Under 1%';
  return `${formatNumber(Math.floor(value))}%`;
}

/** File sizes in the units people see in file managers: 820 bytes, 14 KB, 2.3 MB. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), 1)} MB`;
}
