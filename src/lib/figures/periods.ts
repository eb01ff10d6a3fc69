/**
 * UK financial years run April to March; Q1 is April to June. Ids: `2025-26`, `2025-26-Q2`.
 * Quarters are ordered by a serial number so that ranges and comparisons are integer maths.
 */
export interface QuarterParts {
  startYear: number;
  q: 1 | 2 | 3 | 4;
}

const QUARTER_RE = /^(\d{4})-(\d{2})-Q([1-4])$/;
const YEAR_RE = /^(\d{4})-(\d{2})$/;

function yearId(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

function checkedStartYear(start: string, end: string): number | null {
  const startYear = Number(start);
  return (startYear + 1) % 100 === Number(end) ? startYear : null;
}

export function parseQuarter(id: string): QuarterParts | null {
  const m = QUARTER_RE.exec(id);
  if (!m) return null;
  const startYear = checkedStartYear(m[1] as string, m[2] as string);
  return startYear === null ? null : { startYear, q: Number(m[3]) as QuarterParts['q'] };
}

export function parseFinancialYear(id: string): number | null {
  const m = YEAR_RE.exec(id);
  return m ? checkedStartYear(m[1] as string, m[2] as string) : null;
}

export function quarterId(startYear: number, q: number): string {
  return `${yearId(startYear)}-Q${q}`;
}

export function financialYearId(startYear: number): string {
  return yearId(startYear);
}

/** Serial number of a quarter (consecutive quarters differ by one). Throws on a malformed id. */
export function quarterSerial(id: string): number {
  const parts = parseQuarter(id);
  if (!parts) throw new Error(`Not a quarter id: ${id}`);
  return parts.startYear * 4 + (parts.q - 1);
}

const SERIALS = new Map<string, number>();

/** `quarterSerial`, remembered: data repeats a few dozen quarter ids across a million records. */
export function cachedQuarterSerial(id: string): number {
  let serial = SERIALS.get(id);
  if (serial === undefined) {
    serial = quarterSerial(id);
    SERIALS.set(id, serial);
  }
  return serial;
}

export function quarterFromSerial(serial: number): string {
  return quarterId(Math.floor(serial / 4), (serial % 4) + 1);
}

/** The financial quarter an ISO date (YYYY-MM-DD) falls in. */
export function quarterOfDate(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const startYear = month >= 4 ? year : year - 1;
  const q = month >= 4 ? Math.floor((month - 4) / 3) + 1 : 4;
  return quarterId(startYear, q);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** First and last calendar day of a quarter, as ISO dates. */
export function quarterBounds(id: string): { start: string; end: string } {
  const parts = parseQuarter(id);
  if (!parts) throw new Error(`Not a quarter id: ${id}`);
  const firstMonth = ((parts.q - 1) * 3 + 3) % 12; // 0-based: Q1 -> 3 (April), Q4 -> 0 (January)
  const calendarYear = parts.q === 4 ? parts.startYear + 1 : parts.startYear;
  const lastDay = new Date(Date.UTC(calendarYear, firstMonth + 3, 0)).getUTCDate();
  return {
    start: `${calendarYear}-${pad(firstMonth + 1)}-01`,
    end: `${calendarYear}-${pad(firstMonth + 3)}-${pad(lastDay)}`,
  };
}

/** Every quarter from `from` to `to` inclusive, in order. */
export function quarterRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let s = quarterSerial(from); s <= quarterSerial(to); s += 1) out.push(quarterFromSerial(s));
  return out;
}

/** "Q2 2025/26" */
export function quarterLabel(id: string): string {
  const parts = parseQuarter(id);
  return parts ? `Q${parts.q} ${financialYearLabel(yearId(parts.startYear))}` : id;
}

/** "2025/26" */
export function financialYearLabel(id: string): string {
  return id.replace('-', '/');
}

/** "All time", "2025/26" or "Q2 2025/26". */
export function periodLabel(period: string): string {
  if (period === 'all') return 'All time';
  if (parseQuarter(period)) return quarterLabel(period);
  return financialYearLabel(period);
}

/** Whether a quarter lies in a period (`all`, a financial year or a quarter). */
export function periodContains(period: string, quarter: string): boolean {
  if (period === 'all') return true;
  if (parseQuarter(period)) return period === quarter;
  const parts = parseQuarter(quarter);
  return parts !== null && yearId(parts.startYear) === period;
}

/** The quarters of a period, clipped to the data's span (for `all`). */
export function periodQuarters(period: string, first: string, last: string): string[] {
  if (period === 'all') return quarterRange(first, last);
  if (parseQuarter(period)) return [period];
  const startYear = parseFinancialYear(period);
  if (startYear === null) return [];
  return [1, 2, 3, 4].map((q) => quarterId(startYear, q));
}
