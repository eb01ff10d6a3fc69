import { BOROUGHS, THEMES, type EvidenceQuery, type ReferenceData } from '@/lib/contract';
import { quarterLabel, verificationStatusLabel } from '@/lib/format';

/** What the API lists when no status is chosen: the evidence still waiting for a decision. */
const DEFAULT_STATUSES = ['pending', 'queried'] as const;

const boroughName = (code: string) => BOROUGHS.find((b) => b.code === code)?.name ?? code;
const themeName = (id: string) => THEMES.find((t) => t.id === id)?.name ?? id;

/** An evidence list's filters in words, for an export's description of itself. */
export function evidenceFilterWords(query: EvidenceQuery, reference: ReferenceData | undefined): string[] {
  const words: string[] = [];
  if (query.borough.length > 0) words.push(`Borough: ${query.borough.map(boroughName).join(', ')}`);
  if (query.theme.length > 0) words.push(`Theme: ${query.theme.map(themeName).join(', ')}`);
  const statuses = query.status.length > 0 ? query.status : DEFAULT_STATUSES;
  words.push(`Status: ${statuses.map(verificationStatusLabel).join(', ')}`);
  if (query.contractId) words.push(`Contract: ${query.contractId}`);
  if (query.measure) {
    words.push(`Measure: ${reference?.measures.find((m) => m.code === query.measure)?.name ?? query.measure}`);
  }
  if (query.quarter) words.push(`Quarter: ${quarterLabel(query.quarter)}`);
  if (query.manager) {
    words.push(`Contract manager: ${reference?.users.find((u) => u.id === query.manager)?.name ?? query.manager}`);
  }
  if (query.olderThan !== undefined) words.push(`Waiting over ${query.olderThan} days`);
  return words;
}
