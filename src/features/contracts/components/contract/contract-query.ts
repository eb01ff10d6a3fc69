import { z } from 'zod';
import { basisSchema, periodSchema, quarterIdSchema } from '@/lib/contract';

const idField = z.string().trim().min(1).max(200).optional();

/**
 * Everything the contract page keeps in its address: the figures' basis and period, and how far
 * the user has drilled down (commitment, then a quarter's return, then one evidence item), so a
 * shared link opens the exact evidence.
 */
export const contractPageQuerySchema = z.object({
  basis: basisSchema.default('verified'),
  period: periodSchema.default('all'),
  commitment: idField,
  quarter: quarterIdSchema.optional(),
  evidence: idField,
});
export type ContractPageQuery = z.infer<typeof contractPageQuerySchema>;
