import type { Evidence, Measure, ReferenceData, Unit } from '@/lib/contract';

/** What the reference data adds to an evidence item: its measure's name and unit. */
export interface EvidenceContext {
  measure: Measure | undefined;
  unit: Unit | undefined;
}

export function evidenceContext(evidence: Evidence, reference: ReferenceData | undefined): EvidenceContext {
  const measure = reference?.measures.find((m) => m.code === evidence.measureCode);
  return { measure, unit: measure?.unit };
}
