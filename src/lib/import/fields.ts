import { z } from 'zod';
import {
  BOROUGHS,
  REGION_WIDE,
  REGION_WIDE_LABEL,
  type Area,
  type BoroughCode,
  type QuarterAmount,
} from '@/lib/contract';
import { parseQuarter } from '@/lib/figures';

/** Cell parsers for the importer: text in, a typed value out, or a reason a person can act on. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function validDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** 2026-04-01 or 1/4/2026 (UK order), as an ISO date. */
export function parseDate(text: string): string | null {
  const iso = ISO_DATE.exec(text);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const uk = UK_DATE.exec(text);
  if (uk) return validDate(Number(uk[3]), Number(uk[2]), Number(uk[1]));
  return null;
}

/** A number as people type it in a spreadsheet: `£1,250,000.50`, ` 12 `. */
export function parseNumber(text: string): number | null {
  const cleaned = text.replace(/^£/, '').replace(/,/g, '').trim();
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}

const boroughByWord = new Map<string, BoroughCode>(
  BOROUGHS.flatMap((b) => [
    [b.code.toLowerCase(), b.code],
    [b.name.toLowerCase(), b.code],
  ]),
);
const REGION_WORDS = new Set([REGION_WIDE_LABEL.toLowerCase(), REGION_WIDE, 'region wide']);

export const required = (what: string) => z.string().min(1, `Enter the ${what}`);

export const dateField = (what: string) =>
  required(what).transform((text, ctx) => {
    const date = parseDate(text);
    if (date === null) {
      ctx.addIssue({
        code: 'custom',
        message: `Enter the ${what} as a date such as 2026-04-01 or 1/4/2026, not "${text}"`,
      });
      return z.NEVER;
    }
    return date;
  });

export const amountField = (what: string) =>
  required(what).transform((text, ctx) => {
    const n = parseNumber(text);
    if (n === null || n < 0) {
      ctx.addIssue({ code: 'custom', message: `Enter the ${what} as a number of 0 or more, not "${text}"` });
      return z.NEVER;
    }
    return n;
  });

/** `Liverpool; Wirral` or ONS codes, or Region-wide (every borough). */
export const boroughsField = required('boroughs (names separated by ;, or Region-wide)').transform((text, ctx) => {
  const words = text
    .split(/[;,]/)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w !== '');
  if (words.length === 1 && REGION_WORDS.has(words[0] ?? '')) {
    return { boroughs: BOROUGHS.map((b) => b.code) as BoroughCode[], regionWide: true };
  }
  const codes = new Set<BoroughCode>();
  for (const word of words) {
    const code = boroughByWord.get(word);
    if (!code) {
      ctx.addIssue({
        code: 'custom',
        message: `"${word}" is not a Liverpool City Region borough (${BOROUGHS.map((b) => b.name).join(', ')}, or ${REGION_WIDE_LABEL})`,
      });
      return z.NEVER;
    }
    codes.add(code);
  }
  return { boroughs: BOROUGHS.map((b) => b.code).filter((c) => codes.has(c)), regionWide: false };
});

export const areaField = required('area (a borough or Region-wide)').transform((text, ctx): Area => {
  const word = text.toLowerCase();
  if (REGION_WORDS.has(word)) return REGION_WIDE;
  const code = boroughByWord.get(word);
  if (!code) {
    ctx.addIssue({ code: 'custom', message: `"${text}" is not a borough of the region or ${REGION_WIDE_LABEL}` });
    return z.NEVER;
  }
  return code;
});

/** `2026-27-Q1=250; 2026-27-Q2=250`: a quantity per quarter, in quarter order. */
export function parseProfile(text: string): QuarterAmount[] | string {
  const out: QuarterAmount[] = [];
  const seen = new Set<string>();
  for (const part of text
    .split(';')
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const m = /^(\S+)\s*[=:]\s*(.+)$/.exec(part);
    const quarter = m?.[1] ?? '';
    if (!m || !parseQuarter(quarter)) return `"${part}" is not a quarter and amount such as 2026-27-Q1=250`;
    const quantity = parseNumber(m[2] ?? '');
    if (quantity === null || quantity < 0) return `The amount for ${quarter} must be a number of 0 or more`;
    if (seen.has(quarter)) return `${quarter} appears twice`;
    seen.add(quarter);
    out.push({ quarter, quantity });
  }
  if (out.length === 0) return 'The profile has no quarters';
  return out.sort((a, b) => (a.quarter < b.quarter ? -1 : a.quarter > b.quarter ? 1 : 0));
}

export function formatProfile(profile: readonly QuarterAmount[]): string {
  return profile.map((p) => `${p.quarter}=${p.quantity}`).join('; ');
}
