import { z } from 'zod';
import { evidenceDetailSchema } from './evidence';
import { importIssueSchema } from './imports';

/** RFC 9457 problem details, as every error response carries them. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  /** Which request parameter or field was wrong, and why (400). */
  errors: z.array(z.object({ name: z.string(), reason: z.string() })).optional(),
  /** 409 on a decision: the evidence as it stands now, with who changed it. */
  current: evidenceDetailSchema.optional(),
  /** 400 on an import: every problem found in the file, by sheet, row and column (nothing was imported). */
  importIssues: z.array(importIssueSchema).optional(),
  importIssueCount: z.number().int().min(0).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
