import type { Category, ReturnStatus } from '@/lib/contract';

export const RETURN_STATUS_LABELS: Record<ReturnStatus, string> = {
  due: 'Due',
  submitted: 'Submitted',
  late: 'Submitted late',
  missing: 'Missing',
};

export function categoryName(category: Category, categories: readonly { id: Category; name: string }[]): string {
  return categories.find((c) => c.id === category)?.name ?? category;
}
