import {
  CHART_MUTED_TEXT,
  CHART_NEUTRAL,
  CHART_SEQUENTIAL,
  CHART_TEXT,
  type ChartMap,
  type ChartOption,
} from '@/components/charts';
import type { Rag, Unit } from '@/lib/contract';
import { formatPct, formatQuantity, ragLabel } from '@/lib/format';
import type { AreaRow } from '../model/area-rows';

export const LCR_BOROUGHS_MAP: ChartMap = {
  name: 'lcr-boroughs',
  url: `${import.meta.env.BASE_URL}data/lcr-boroughs.geojson`,
};

export interface MapBand {
  key: Rag | 'not-in-filter';
  label: string;
  fill: string;
  text: string;
}

/**
 * The map's colour bands follow the RAG thresholds on a sequential scale (darker is further
 * along), so the map stays readable without red and green; every region is also labelled.
 */
export const MAP_BANDS: readonly MapBand[] = [
  { key: 'green', label: '95% or more of expected (green)', fill: CHART_SEQUENTIAL[0], text: '#FFFFFF' },
  { key: 'amber', label: '75% to 95% of expected (amber)', fill: CHART_SEQUENTIAL[1], text: '#FFFFFF' },
  { key: 'red', label: 'Under 75% of expected (red)', fill: CHART_SEQUENTIAL[2], text: CHART_TEXT },
  { key: 'not-due', label: 'Nothing due yet', fill: CHART_NEUTRAL, text: CHART_TEXT },
  { key: 'not-in-filter', label: 'Not in the borough filter', fill: '#FFFFFF', text: CHART_MUTED_TEXT },
];

export function bandOf(row: Pick<AreaRow, 'inFilter' | 'rag'>): MapBand {
  const key = row.inFilter ? row.rag : 'not-in-filter';
  return MAP_BANDS.find((band) => band.key === key) ?? (MAP_BANDS[MAP_BANDS.length - 1] as MapBand);
}

/** What one region says, in words: the map's tooltip, its hidden list and the keyboard status line. */
export function regionText(row: AreaRow, unit: Unit): string {
  if (!row.inFilter) return `${row.name}: not in the borough filter`;
  const pledged = formatQuantity(row.pledged, unit, { exact: true });
  if (row.pct === null) return `${row.name}: nothing due yet (${pledged} pledged)`;
  return `${row.name}: ${formatPct(row.pct)} of expected, ${ragLabel(row.rag).toLowerCase()} (${pledged} pledged)`;
}

export function boroughMapOption(rows: readonly AreaRow[], unit: Unit, filterActive: boolean): ChartOption {
  return {
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const row = item ? rows[item.dataIndex] : undefined;
        return row ? regionText(row, unit) : '';
      },
    },
    series: [
      {
        type: 'map',
        map: LCR_BOROUGHS_MAP.name,
        aspectScale: 0.6,
        selectedMode: false,
        roam: false,
        // Small boroughs' labels collide on a phone; the hidden list, tooltip and table still name them.
        labelLayout: { hideOverlap: true },
        left: 8,
        right: 8,
        top: 8,
        bottom: 8,
        emphasis: {
          itemStyle: { areaColor: '#FFDD00', borderColor: CHART_TEXT, borderWidth: 3 },
          label: { color: CHART_TEXT, fontWeight: 'bold' },
        },
        data: rows.map((row) => {
          const band = bandOf(row);
          const selected = filterActive && row.inFilter;
          return {
            name: row.name,
            value: row.pct ?? undefined,
            itemStyle: {
              areaColor: band.fill,
              borderColor: selected ? CHART_TEXT : CHART_MUTED_TEXT,
              borderWidth: selected ? 3 : 1,
            },
            label: {
              show: true,
              color: band.text,
              fontSize: 13,
              lineHeight: 17,
              fontWeight: 'bold',
              // A borough outside the filter is named only: the key says what white means, and the centre of the map stays readable.
              formatter: row.inFilter ? `${row.name}\n${formatPct(row.pct)}` : row.name,
            },
          };
        }),
      },
    ],
  };
}
