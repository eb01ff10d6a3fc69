import type { ReturnStatus } from '@/lib/contract';

export const RETURN_STATUS_LABELS: Record<ReturnStatus, string> = {
  due: 'Due',
  submitted: 'Submitted',
  late: 'Submitted late',
  missing: 'Missing',
};
