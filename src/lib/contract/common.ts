import { z } from 'zod';

export const ragSchema = z.enum(['red', 'amber', 'green', 'not-due']);
export type Rag = z.infer<typeof ragSchema>;

/** Which figure RAG and percentages compare with expected: verified by default. */
export const basisSchema = z.enum(['verified', 'claimed']);
export type Basis = z.infer<typeof basisSchema>;

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    total: z.number().int().min(0),
    pageCount: z.number().int().min(0),
  });
}
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

/** Pledged, expected by the reporting quarter, claimed and verified: the four figures every view compares. */
export const figuresSchema = z.object({
  pledged: z.number(),
  expected: z.number(),
  claimed: z.number(),
  verified: z.number(),
});
export type Figures = z.infer<typeof figuresSchema>;
