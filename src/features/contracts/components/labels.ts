import type { Category, EvidenceType, ReturnStatus } from '@/lib/contract';

export const RETURN_STATUS_LABELS: Record<ReturnStatus, string> = {
  due: 'Due',
  submitted: 'Submitted',
  late: 'Submitted late',
  missing: 'Missing',
};

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

export function categoryName(category: Category, categories: readonly { id: Category; name: string }[]): string {
  return categories.find((c) => c.id === category)?.name ?? category;
}
