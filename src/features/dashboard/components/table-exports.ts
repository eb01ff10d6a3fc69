import { figureColumns, figureValuesInUnit, type ExportSource } from '@/components/export';
import type { ContractSummary, ReferenceData, Unit } from '@/lib/contract';
import { filterWords } from '@/lib/domain/filter-words';
import { HEADLINE_INFO } from '@/lib/domain/headlines';
import { contractStatusLabel, ragLabel } from '@/lib/format';
import type { DashboardPageQuery } from '../dashboard-query';
import type { AreaRows } from '../model/area-rows';
import { areaText, basisText } from '../model/describe-view';
import type { ThemeGroup } from '../model/measure-rows';
import type { TrendRow } from '../model/trend-rows';
import { lowestHeadline } from '../model/lowest-headline';

/** The dashboard's filter in words, for the description inside each exported breakdown. */
export function dashboardFilterWords(query: DashboardPageQuery, reference: ReferenceData): string[] {
  return [
    `Area: ${areaText(query.borough, reference)}`,
    ...(query.theme.length > 0 ? [filterWords.themes(query.theme, reference)] : []),
    ...(query.status.length > 0 ? [`Contract status: ${query.status.map(contractStatusLabel).join(', ')}`] : []),
    filterWords.period(query.period),
    `% of expected and RAG on ${basisText(query.basis)} figures`,
  ];
}

/** "By borough": the six boroughs, then region-wide; areas outside the borough filter are left blank. */
export function boroughExport(rows: AreaRows, unit: Unit): ExportSource {
  return {
    kind: 'rows',
    columns: [{ id: 'area', header: 'Area', type: 'text' }, ...figureColumns(unit)],
    rows: [...rows.boroughs, rows.region].map((row) =>
      row.inFilter ? { ...row, area: row.name, rag: ragLabel(row.rag) } : { area: row.name },
    ),
  };
}

/** "By theme": every measure with its theme, each quantity in its own unit. */
export function themeExport(groups: readonly ThemeGroup[]): ExportSource {
  return {
    kind: 'rows',
    columns: [
      { id: 'theme', header: 'Theme', type: 'text' },
      { id: 'measure', header: 'Measure', type: 'text' },
      ...figureColumns(),
    ],
    rows: groups.flatMap((group) =>
      group.rows.map((row) => ({
        theme: group.name,
        measure: row.measure,
        ...figureValuesInUnit({ figures: row, unit: row.unit, pct: row.pct, rag: row.rag }),
      })),
    ),
  };
}

/** "Trend": per quarter, the profile and running totals; quarters not reported yet are blank. */
export function trendExport(rows: readonly TrendRow[], unit: Unit): ExportSource {
  return {
    kind: 'rows',
    columns: [
      { id: 'label', header: 'Quarter', type: 'text' },
      { id: 'profile', header: 'Profile in quarter', type: 'quantity', unit },
      { id: 'cumulativeProfile', header: 'Profile to date', type: 'quantity', unit },
      { id: 'cumulativeClaimed', header: 'Claimed to date', type: 'quantity', unit },
      { id: 'cumulativeVerified', header: 'Verified to date', type: 'quantity', unit },
      { id: 'pct', header: '% of expected', type: 'pct' },
    ],
    rows: rows.map((row) => ({ ...row })),
  };
}

/** "Furthest behind": each contract and the headline outcome it is furthest behind on. */
export function furthestBehindExport(contracts: readonly ContractSummary[]): ExportSource {
  return {
    kind: 'rows',
    columns: [
      { id: 'reference', header: 'Reference', type: 'text' },
      { id: 'title', header: 'Title', type: 'text' },
      { id: 'supplier', header: 'Supplier', type: 'text' },
      { id: 'rag', header: 'RAG', type: 'text' },
      { id: 'behindOn', header: 'Furthest behind on', type: 'text' },
      { id: 'pct', header: '% of expected', type: 'pct' },
    ],
    rows: contracts.map((contract) => {
      const lowest = lowestHeadline(contract);
      return {
        reference: contract.reference,
        title: contract.title,
        supplier: contract.supplier.name,
        rag: ragLabel(contract.rag),
        behindOn: lowest ? HEADLINE_INFO[lowest.headline].name : 'Nothing due yet',
        pct: lowest?.pct ?? null,
      };
    }),
  };
}
