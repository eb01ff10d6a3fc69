import { z } from 'zod';

export interface QueryIssue {
  name: string;
  reason: string;
}
export type ParsedQuery<T> = { ok: true; value: T } | { ok: false; issues: QueryIssue[] };

function isArrayField(field: z.ZodType): boolean {
  let current: z.ZodType = field;
  while (current instanceof z.ZodDefault || current instanceof z.ZodOptional) {
    current = current.unwrap() as z.ZodType;
  }
  return current instanceof z.ZodArray;
}

/**
 * Reads URL search parameters against one of the query schemas: repeatable parameters
 * (`borough=a&borough=b`) become arrays, others take their last value; unknown ones are ignored.
 */
export function parseSearchParams<S extends z.ZodObject>(schema: S, params: URLSearchParams): ParsedQuery<z.infer<S>> {
  const raw: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const values = params.getAll(name).filter((v) => v !== '');
    if (values.length === 0) continue;
    raw[name] = isArrayField(field) ? values : values[values.length - 1];
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      name: String(issue.path[0] ?? 'query'),
      reason: issue.message,
    })),
  };
}

/**
 * The inverse: writes a query object as search parameters, leaving out values equal to the
 * schema's defaults so that URLs stay short and one view has one URL.
 */
export function toSearchParams<S extends z.ZodObject>(schema: S, query: Partial<z.infer<S>>): URLSearchParams {
  const defaults = schema.parse({}) as Record<string, unknown>;
  const params = new URLSearchParams();
  for (const name of Object.keys(schema.shape)) {
    const value = (query as Record<string, unknown>)[name];
    if (value === undefined || value === null || value === '') continue;
    if (JSON.stringify(value) === JSON.stringify(defaults[name])) continue;
    if (Array.isArray(value)) for (const v of value) params.append(name, String(v));
    else params.set(name, String(value));
  }
  return params;
}
