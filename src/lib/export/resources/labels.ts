import type { AuditAction, Category, ReferenceData } from '@/lib/contract';

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  uploaded: 'Uploaded',
  verify: 'Verified',
  reject: 'Rejected',
  query: 'Queried',
};

export function categoryName(category: Category, reference: ReferenceData): string {
  return reference.categories.find((c) => c.id === category)?.name ?? category;
}
