import { z } from 'zod';
import { basisSchema, periodSchema } from '@/lib/contract';

/** The query of one contract: which period its figures cover and which basis its RAG uses. */
export const contractViewQuerySchema = z.object({
  basis: basisSchema.default('verified'),
  period: periodSchema.default('all'),
});
