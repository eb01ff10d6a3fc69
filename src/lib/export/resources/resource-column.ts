import type { Measure, ReferenceData } from '@/lib/contract';
import type { ExportColumn, ExportValue } from '../types';

/** What turning API items into readable cells needs: names for codes, from the reference data. */
export interface LabelContext {
  reference: ReferenceData;
  measures: ReadonlyMap<string, Measure>;
  userNames: ReadonlyMap<string, string>;
}

export function labelContext(reference: ReferenceData): LabelContext {
  return {
    reference,
    measures: new Map(reference.measures.map((m) => [m.code, m])),
    userNames: new Map(reference.users.map((u) => [u.id, u.name])),
  };
}

/** One exported column of an API resource, and how to read its value from an item. */
export interface ResourceColumn<T> extends ExportColumn {
  /**
   * The on-screen table column this belongs to (its id). One table column may export as
   * several (a supplier as name, company number, SME and VCSE) so each fact sorts and filters
   * on its own in a spreadsheet.
   */
  tableColumn: string;
  value: (item: T, labels: LabelContext) => ExportValue;
}

/**
 * The columns to export, in the order the table shows them: for each visible table column,
 * the export columns that belong to it. Without a list, every column in the registry's order.
 */
export function selectColumns<T>(
  registry: readonly ResourceColumn<T>[],
  visible: readonly string[] | undefined,
): ResourceColumn<T>[] {
  if (!visible) return [...registry];
  return visible.flatMap((id) => registry.filter((column) => column.tableColumn === id));
}

/** Plain export column metadata, without the reader function (which cannot cross to the worker). */
export function describeColumn<T>({ id, header, type, unit }: ResourceColumn<T>): ExportColumn {
  return unit ? { id, header, type, unit } : { id, header, type };
}
