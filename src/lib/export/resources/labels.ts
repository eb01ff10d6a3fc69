import type { AuditAction, Category, EvidenceType, ReferenceData } from '@/lib/contract';

// The app's feature folders keep their own copies of these; shared code cannot import features.
export const EVIDENCE_TYPE_LABELS: Record<EvidenceType, string> = {
  'payroll-extract': 'Payroll extract',
  'apprenticeship-agreement': 'Apprenticeship agreement',
  'spend-report': 'Spend report',
  'carbon-calculation': 'Carbon calculation',
  timesheet: 'Timesheet',
  'case-study': 'Case study',
  photo: 'Photo',
  receipt: 'Receipt',
};

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  uploaded: 'Uploaded',
  verify: 'Verified',
  reject: 'Rejected',
  query: 'Queried',
};

export function categoryName(category: Category, reference: ReferenceData): string {
  return reference.categories.find((c) => c.id === category)?.name ?? category;
}
