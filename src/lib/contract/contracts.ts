import { z } from 'zod';
import { figuresSchema, ragSchema } from './common';
import {
  areaSchema,
  boroughCodeSchema,
  categorySchema,
  contractStatusSchema,
  headlineSchema,
  isoDateSchema,
  quarterIdSchema,
} from './reference';

export const supplierSchema = z.object({
  id: z.string(),
  name: z.string(),
  companyNumber: z.string(),
  sme: z.boolean(),
  vcse: z.boolean(),
});
export type Supplier = z.infer<typeof supplierSchema>;

export const headlinePctSchema = z.record(headlineSchema, z.number().nullable());

export const contractSummarySchema = z.object({
  id: z.string(),
  reference: z.string(),
  title: z.string(),
  supplier: supplierSchema,
  category: categorySchema,
  value: z.number().nonnegative(),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  status: contractStatusSchema,
  boroughs: z.array(boroughCodeSchema),
  regionWide: z.boolean(),
  managerId: z.string(),
  managerName: z.string(),
  /** Worst RAG of the contract's headline commitments, on the requested basis. */
  rag: ragSchema,
  /** % of expected delivered per headline outcome (null where nothing is pledged or due). */
  headlinePct: headlinePctSchema,
  lastReturn: z
    .object({ quarter: quarterIdSchema, submittedOn: isoDateSchema.nullable(), late: z.boolean() })
    .nullable(),
  evidenceAwaiting: z.number().int().min(0),
});
export type ContractSummary = z.infer<typeof contractSummarySchema>;

export const quarterAmountSchema = z.object({ quarter: quarterIdSchema, quantity: z.number().nonnegative() });
export type QuarterAmount = z.infer<typeof quarterAmountSchema>;

export const commitmentSchema = z.object({
  id: z.string(),
  contractId: z.string(),
  measureCode: z.string(),
  area: areaSchema,
  total: z.number().nonnegative(),
  /** When the pledge should be delivered, quarter by quarter; sums to `total`. */
  profile: z.array(quarterAmountSchema),
});
export type Commitment = z.infer<typeof commitmentSchema>;

export const returnStatusSchema = z.enum(['due', 'submitted', 'late', 'missing']);
export type ReturnStatus = z.infer<typeof returnStatusSchema>;

export const supplierReturnSchema = z.object({
  id: z.string(),
  contractId: z.string(),
  commitmentId: z.string(),
  measureCode: z.string(),
  area: areaSchema,
  quarter: quarterIdSchema,
  claimed: z.number().nonnegative(),
  verified: z.number().nonnegative(),
  dueOn: isoDateSchema,
  submittedOn: isoDateSchema.nullable(),
  status: returnStatusSchema,
  evidenceCount: z.number().int().min(0),
});
export type SupplierReturn = z.infer<typeof supplierReturnSchema>;

export const commitmentWithFiguresSchema = commitmentSchema.extend({
  figures: figuresSchema,
  rag: ragSchema,
  pct: z.number().nullable(),
});
export type CommitmentWithFigures = z.infer<typeof commitmentWithFiguresSchema>;

export const contractDetailSchema = z.object({
  contract: contractSummarySchema,
  commitments: z.array(commitmentWithFiguresSchema),
  returns: z.array(supplierReturnSchema),
});
export type ContractDetail = z.infer<typeof contractDetailSchema>;
