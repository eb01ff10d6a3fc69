import type { Evidence, Measure, ReferenceData, Unit } from '@/lib/contract';
import { measureOf } from '@/lib/domain/reference-index';

/** What the reference data adds to an evidence item: its measure's name and unit. */
export interface EvidenceContext {
  measure: Measure | undefined;
  unit: Unit | undefined;
}

export function evidenceContext(evidence: Evidence, reference: ReferenceData | undefined): EvidenceContext {
  const measure = measureOf(reference, evidence.measureCode);
  return { measure, unit: measure?.unit };
}
