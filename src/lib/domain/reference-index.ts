import type { Measure, User } from '@/lib/contract';

/** Any part of the reference data: the API's, or the contract's fixed boroughs and themes. */
export interface ReferenceLists {
  boroughs?: readonly { code: string; name: string }[];
  themes?: readonly { id: string; name: string }[];
  measures?: readonly Measure[];
  users?: readonly User[];
}

/** Reference data by id, for lookups in loops and table cells without a scan per lookup. */
export interface ReferenceIndex {
  boroughs: ReadonlyMap<string, { code: string; name: string }>;
  themes: ReadonlyMap<string, { id: string; name: string }>;
  measures: ReadonlyMap<string, Measure>;
  users: ReadonlyMap<string, User>;
}

const indexes = new WeakMap<object, ReferenceIndex>();

/** The index of one reference data object, built once (reference data does not change in a session). */
export function indexReference(reference: ReferenceLists): ReferenceIndex {
  let index = indexes.get(reference);
  if (!index) {
    index = {
      boroughs: new Map((reference.boroughs ?? []).map((b) => [b.code, b])),
      themes: new Map((reference.themes ?? []).map((t) => [t.id, t])),
      measures: new Map((reference.measures ?? []).map((m) => [m.code, m])),
      users: new Map((reference.users ?? []).map((u) => [u.id, u])),
    };
    indexes.set(reference, index);
  }
  return index;
}

const NO_REFERENCE: ReferenceLists = {};

/** A borough's name, or its code when the reference data does not know it (or has not loaded). */
export function boroughName(reference: ReferenceLists | undefined, code: string): string {
  return indexReference(reference ?? NO_REFERENCE).boroughs.get(code)?.name ?? code;
}

export function themeName(reference: ReferenceLists | undefined, id: string): string {
  return indexReference(reference ?? NO_REFERENCE).themes.get(id)?.name ?? id;
}

export function measureOf(reference: ReferenceLists | undefined, code: string): Measure | undefined {
  return indexReference(reference ?? NO_REFERENCE).measures.get(code);
}

export function measureName(reference: ReferenceLists | undefined, code: string): string {
  return measureOf(reference, code)?.name ?? code;
}

export function userOf(reference: ReferenceLists | undefined, id: string | undefined): User | undefined {
  return id === undefined ? undefined : indexReference(reference ?? NO_REFERENCE).users.get(id);
}

export function userName(reference: ReferenceLists | undefined, id: string): string {
  return userOf(reference, id)?.name ?? id;
}
