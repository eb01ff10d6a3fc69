import { z } from 'zod';
import { areaSchema, isoDateTimeSchema, quarterIdSchema, roleSchema } from './reference';

export const evidenceTypeSchema = z.enum([
  'payroll-extract',
  'apprenticeship-agreement',
  'spend-report',
  'carbon-calculation',
  'timesheet',
  'case-study',
  'photo',
  'receipt',
]);
export type EvidenceType = z.infer<typeof evidenceTypeSchema>;

export const verificationStatusSchema = z.enum(['pending', 'verified', 'rejected', 'queried']);
export type VerificationStatus = z.infer<typeof verificationStatusSchema>;

export const decisionSchema = z.enum(['verify', 'reject', 'query']);
export type Decision = z.infer<typeof decisionSchema>;

export const evidenceSchema = z.object({
  id: z.string(),
  returnId: z.string(),
  contractId: z.string(),
  contractReference: z.string(),
  contractTitle: z.string(),
  managerId: z.string(),
  commitmentId: z.string(),
  measureCode: z.string(),
  area: areaSchema,
  quarter: quarterIdSchema,
  type: evidenceTypeSchema,
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  uploadedBy: z.string(),
  uploadedAt: isoDateTimeSchema,
  /** The quantity this evidence supports, as claimed by the supplier. */
  claimedQuantity: z.number().nonnegative(),
  /** The quantity a contract manager accepted (0 until verified). */
  verifiedQuantity: z.number().nonnegative(),
  status: verificationStatusSchema,
  /** Optimistic-concurrency version: a decision must carry the version it was read at. */
  version: z.number().int().min(1),
  /** Plain-text narrative (case studies). Never rendered as HTML. */
  narrative: z.string().nullable(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const auditEventSchema = z.object({
  id: z.string(),
  at: isoDateTimeSchema,
  userId: z.string(),
  userName: z.string(),
  /** Suppliers upload evidence; app users decide on it. */
  role: z.union([roleSchema, z.literal('supplier')]),
  evidenceId: z.string(),
  contractId: z.string(),
  contractReference: z.string(),
  action: z.enum(['uploaded', 'verify', 'reject', 'query']),
  fromStatus: verificationStatusSchema.nullable(),
  toStatus: verificationStatusSchema,
  verifiedQuantity: z.number().nonnegative().nullable(),
  comment: z.string(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
export type AuditAction = AuditEvent['action'];

export const evidenceDetailSchema = z.object({
  evidence: evidenceSchema,
  audit: z.array(auditEventSchema),
});
export type EvidenceDetail = z.infer<typeof evidenceDetailSchema>;

export const decisionRequestSchema = z
  .object({
    decision: decisionSchema,
    comment: z.string().max(2000),
    version: z.number().int().min(1),
    verifiedQuantity: z.number().nonnegative().optional(),
  })
  .refine((d) => d.decision === 'verify' || d.comment.trim().length > 0, {
    message: 'A comment is required to reject or query evidence',
    path: ['comment'],
  });
export type DecisionRequest = z.infer<typeof decisionRequestSchema>;
