import { BOROUGHS, THEMES, type EvidenceQuery, type ReferenceData } from '@/lib/contract';
import { filterWords } from '@/lib/domain/filter-words';
import { AWAITING_DECISION } from '@/lib/domain/waiting';

/** Borough and theme names are fixed by the contract, so they read before the reference data loads. */
const FIXED_NAMES = { boroughs: BOROUGHS, themes: THEMES };

/** An evidence list's filters in words, for an export's description of itself. */
export function evidenceFilterWords(query: EvidenceQuery, reference: ReferenceData | undefined): string[] {
  const words: string[] = [];
  if (query.borough.length > 0) words.push(filterWords.boroughs(query.borough, FIXED_NAMES));
  if (query.theme.length > 0) words.push(filterWords.themes(query.theme, FIXED_NAMES));
  // What the API lists when no status is chosen: the evidence still waiting for a decision.
  words.push(filterWords.evidenceStatuses(query.status.length > 0 ? query.status : AWAITING_DECISION));
  if (query.contractId) words.push(`Contract: ${query.contractId}`);
  if (query.measure) words.push(filterWords.measure(query.measure, reference));
  if (query.quarter) words.push(filterWords.quarter(query.quarter));
  if (query.manager) words.push(filterWords.manager(query.manager, reference));
  if (query.olderThan !== undefined) words.push(filterWords.olderThan(query.olderThan));
  return words;
}
