import type { Basis, BoroughCode, ContractStatus, ReferenceData, ThemeId } from '@/lib/contract';
import { contractStatusLabel, formatDate, periodLabel, quarterLabel } from '@/lib/format';

const list = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** The area a figure covers: 'Liverpool City Region' or 'Liverpool and Sefton'. */
export function areaText(boroughFilter: readonly BoroughCode[], reference: ReferenceData): string {
  if (boroughFilter.length === 0) return 'Liverpool City Region';
  const names = reference.boroughs.filter((b) => boroughFilter.includes(b.code)).map((b) => b.name);
  return list.format(names);
}

/** The rest of the filter, for subtitles: 'Good jobs and skills; live contracts'. */
export function scopeText(
  themes: readonly ThemeId[],
  statuses: readonly ContractStatus[],
  reference: ReferenceData,
): string | null {
  const parts: string[] = [];
  // Theme names have "and" in them already ("Good jobs and skills"), so they are listed with commas only.
  const themeNames = reference.themes.filter((t) => themes.includes(t.id)).map((t) => t.name);
  if (themeNames.length > 0) parts.push(themeNames.join(', '));
  if (statuses.length > 0) parts.push(`${list.format(statuses.map(contractStatusLabel)).toLowerCase()} contracts`);
  return parts.length > 0 ? parts.join('; ') : null;
}

export function basisText(basis: Basis): string {
  return basis === 'verified' ? 'verified' : 'claimed';
}

/** What "pledged" and "expected to date" mean for the chosen period, said on the page. */
export function pledgedDefinition(period: string, reportingQuarter: string): string {
  const reporting = quarterLabel(reportingQuarter);
  if (period === 'all') {
    return `Pledged is each supplier's whole pledge. Expected to date is the part of it profiled for quarters up to ${reporting}, the last complete quarter.`;
  }
  const label = periodLabel(period);
  return `Pledged is the part of each pledge profiled to fall in ${label}. Expected to date is the part of that due by the end of ${reporting}, the last complete quarter.`;
}

/** Source and data date, under every chart. */
export function sourceText(reference: ReferenceData): string {
  return `Source: suppliers' quarterly returns and contract managers' verification of evidence. Data as of ${formatDate(reference.asOf)}.`;
}
