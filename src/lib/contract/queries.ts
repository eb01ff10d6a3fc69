import { z } from 'zod';
import { basisSchema, ragSchema } from './common';
import { verificationStatusSchema } from './evidence';
import {
  boroughCodeSchema,
  contractStatusSchema,
  financialYearSchema,
  isoDateSchema,
  quarterIdSchema,
  themeIdSchema,
} from './reference';

/**
 * The URL contract of the brief: the same parameter names in the app's address bar and in
 * API requests, parsed by the same schemas on both sides.
 */
export const periodSchema = z.union([z.literal('all'), financialYearSchema, quarterIdSchema]);
export type Period = z.infer<typeof periodSchema>;

const pageField = z.coerce.number().int().min(1).default(1);
const pageSizeField = z.coerce.number().int().min(1).max(500).default(25);
const optionalText = z.string().trim().max(200).optional();

export const areaFilterFields = {
  borough: z.array(boroughCodeSchema).default([]),
  theme: z.array(themeIdSchema).default([]),
  period: periodSchema.default('all'),
};

export const dashboardQuerySchema = z.object({
  ...areaFilterFields,
  status: z.array(contractStatusSchema).default([]),
  basis: basisSchema.default('verified'),
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

export const CONTRACT_SORTS = [
  'reference',
  'title',
  'supplier',
  'manager',
  'value',
  'status',
  'rag',
  'endDate',
  'lastReturn',
  'evidenceAwaiting',
] as const;
export const contractSortSchema = z
  .string()
  .regex(new RegExp(`^-?(${CONTRACT_SORTS.join('|')})$`), `one of ${CONTRACT_SORTS.join(', ')}, with - for descending`);

export const contractsQuerySchema = z.object({
  ...areaFilterFields,
  status: z.array(contractStatusSchema).default([]),
  rag: z.array(ragSchema).default([]),
  q: optionalText,
  /** A manager's user id; the app turns "my contracts" into the signed-in user's id. */
  manager: optionalText,
  basis: basisSchema.default('verified'),
  sort: contractSortSchema.default('reference'),
  page: pageField,
  pageSize: pageSizeField,
});
export type ContractsQuery = z.infer<typeof contractsQuerySchema>;

export const EVIDENCE_SORTS = ['uploadedAt', 'contract', 'status', 'quarter', 'sizeBytes'] as const;
export const evidenceQuerySchema = z.object({
  borough: z.array(boroughCodeSchema).default([]),
  theme: z.array(themeIdSchema).default([]),
  status: z.array(verificationStatusSchema).default([]),
  contractId: optionalText,
  measure: optionalText,
  quarter: quarterIdSchema.optional(),
  manager: optionalText,
  /** Only items waiting longer than this many days. */
  olderThan: z.coerce.number().int().min(0).optional(),
  sort: z
    .string()
    .regex(new RegExp(`^-?(${EVIDENCE_SORTS.join('|')})$`), `one of ${EVIDENCE_SORTS.join(', ')}`)
    .default('uploadedAt'),
  page: pageField,
  pageSize: pageSizeField,
});
export type EvidenceQuery = z.infer<typeof evidenceQuerySchema>;

export const auditQuerySchema = z.object({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  user: optionalText,
  action: z.array(z.enum(['uploaded', 'verify', 'reject', 'query'])).default([]),
  contractId: optionalText,
  evidenceId: optionalText,
  sort: z.enum(['at', '-at']).default('-at'),
  page: pageField,
  pageSize: pageSizeField,
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** The query of one contract: which period its figures cover and which basis its RAG uses. */
export const contractViewQuerySchema = z.object({
  basis: basisSchema.default('verified'),
  period: periodSchema.default('all'),
});
export type ContractViewQuery = z.infer<typeof contractViewQuerySchema>;
