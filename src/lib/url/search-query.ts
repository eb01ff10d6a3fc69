import { z } from 'zod';
import { parseSearchParams, toSearchParams, type QueryIssue } from '@/lib/contract';

/** A search parameter the app could not read: its name, the raw value and why it was rejected. */
export type SearchQueryIssue = QueryIssue & { value: string };

export interface ReadSearchQueryResult<S extends z.ZodObject> {
  query: z.infer<S>;
  issues: SearchQueryIssue[];
}

/** The parameter that paging writes; every other change sends the reader back to the first page. */
const PAGE_PARAM = 'page';

const fieldSchemas = new WeakMap<z.ZodObject, Map<string, z.ZodObject>>();

/** A one-field object schema per field, cached, so that each value can be checked on its own. */
function fieldSchema(schema: z.ZodObject, name: string): z.ZodObject {
  let byName = fieldSchemas.get(schema);
  if (!byName) {
    byName = new Map();
    fieldSchemas.set(schema, byName);
  }
  let single = byName.get(name);
  if (!single) {
    const shape = schema.shape as Record<string, z.ZodType>;
    single = z.object({ [name]: shape[name] ?? z.never() });
    byName.set(name, single);
  }
  return single;
}

function defaultsOf<S extends z.ZodObject>(schema: S): z.infer<S> {
  const result = schema.safeParse({});
  if (!result.success) {
    throw new Error('A URL query schema must give every field a default or make it optional.');
  }
  return result.data;
}

/**
 * Reads the address bar against a query schema, value by value: a link with one bad value
 * (`borough=XYZ`) keeps every good one and reports the bad one, rather than failing whole.
 * Parameters the schema does not name are ignored (they belong to someone else).
 */
export function readSearchQuery<S extends z.ZodObject>(schema: S, params: URLSearchParams): ReadSearchQueryResult<S> {
  const issues: SearchQueryIssue[] = [];
  const kept = new URLSearchParams();
  for (const name of Object.keys(schema.shape)) {
    for (const value of params.getAll(name)) {
      if (value === '') continue;
      const parsed = parseSearchParams(fieldSchema(schema, name), new URLSearchParams([[name, value]]));
      if (parsed.ok) kept.append(name, value);
      else issues.push({ name, value, reason: parsed.issues[0]?.reason ?? 'not recognised' });
    }
  }
  const parsed = parseSearchParams(schema, kept);
  if (parsed.ok) return { query: parsed.value, issues };
  // Only rules across fields can fail here; fall back to the defaults and say why.
  return {
    query: defaultsOf(schema),
    issues: [...issues, ...parsed.issues.map((issue) => ({ ...issue, value: kept.getAll(issue.name).join(', ') }))],
  };
}

export interface WriteSearchQueryOptions {
  /**
   * Whether a change to anything but `page` sends the reader back to page 1 (default true).
   * Turn it off for view state that does not change the list, such as a selected row.
   */
  resetPage?: boolean;
}

function changesSomethingButPage(current: Record<string, unknown>, patch: Record<string, unknown>): boolean {
  return Object.entries(patch).some(
    ([name, value]) => name !== PAGE_PARAM && JSON.stringify(value) !== JSON.stringify(current[name]),
  );
}

/**
 * The search parameters after applying `patch` to the query in `current`. Values equal to a
 * default are left out (one view, one URL); a value of `undefined` resets that field; invalid
 * values in `current` are dropped; parameters the schema does not name are kept as they were.
 */
export function writeSearchQuery<S extends z.ZodObject>(
  schema: S,
  current: URLSearchParams,
  patch: Partial<z.infer<S>>,
  { resetPage = true }: WriteSearchQueryOptions = {},
): URLSearchParams {
  const { query } = readSearchQuery(schema, current);
  const previous = query as Record<string, unknown>;
  const changes = patch as Record<string, unknown>;
  const dropPage = resetPage && changesSomethingButPage(previous, changes);
  const next: Record<string, unknown> = { ...previous, ...changes };
  if (dropPage) next[PAGE_PARAM] = undefined;
  const params = toSearchParams(schema, next as Partial<z.infer<S>>);
  for (const [name, value] of current) {
    if (name in schema.shape) continue;
    if (dropPage && name === PAGE_PARAM) continue;
    params.append(name, value);
  }
  return params;
}
