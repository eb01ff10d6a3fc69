import { useMemo } from 'react';
import { ExportButtons } from '@/components/export';
import type { BoroughCode, DashboardSummary, ReferenceData, Unit } from '@/lib/contract';
import { periodLabel } from '@/lib/format';
import { Card } from '@/components/card';
import type { DashboardPageQuery } from '../dashboard-query';
import { areaRows } from '../model/area-rows';
import { basisText, sourceText } from '../model/describe-view';
import { boroughFinding } from '../model/findings';
import { HEADLINE_INFO } from '@/lib/domain/headlines';
import { regionText } from './borough-map-option';
import { BoroughMap } from './borough-map';
import { BoroughTable } from './borough-table';
import { MapLegend } from './map-legend';
import { boroughExport, dashboardFilterWords } from './table-exports';
import './borough-section.css';

interface BoroughSectionProps {
  summary: DashboardSummary;
  reference: ReferenceData;
  query: DashboardPageQuery;
  unit: Unit;
  /** The boroughs in the filter now, for the toggles (the figures may still be for the last filter). */
  selected: readonly BoroughCode[];
  onToggleBorough: (borough: BoroughCode) => void;
}

export const MAP_ATTRIBUTION =
  '"GeoJSON and TopoJSON UK Boundary Data" by Martin Chorley, CC BY 4.0. Contains Ordnance Survey data © Crown copyright and database right 2014.';

/** The chosen headline outcome by borough: the map and its table side by side, region-wide apart. */
export function BoroughSection({ summary, reference, query, unit, selected, onToggleBorough }: BoroughSectionProps) {
  const { headline, basis, period, borough } = query;
  const info = HEADLINE_INFO[headline];
  const rows = useMemo(
    () => areaRows(summary, headline, basis, reference.boroughs, borough),
    [summary, headline, basis, reference.boroughs, borough],
  );
  const filterActive = borough.length > 0;
  const when = periodLabel(period);
  const description = `Map of the six Liverpool City Region boroughs, shaded by ${info.name.toLowerCase()} delivered (${basisText(basis)}) as a percentage of expected to date, ${when}. ${rows.boroughs
    .map((row) => regionText(row, unit))
    .join('. ')}.`;

  return (
    <Card
      title={boroughFinding(info, rows.boroughs)}
      subtitle={`${info.measure}: delivered (${basisText(basis)}) as % of expected to date, by borough. ${when}.`}
      source={sourceText(reference)}
    >
      <div className="svm-borough">
        <div className="svm-borough__map">
          <BoroughMap
            rows={rows.boroughs}
            unit={unit}
            filterActive={filterActive}
            selected={selected}
            description={description}
            onToggle={onToggleBorough}
          />
        </div>
        <div className="svm-borough__aside">
          <MapLegend filterActive={filterActive} />
          <p className="svm-region-note">
            {rows.region.inFilter
              ? `${regionText(rows.region, unit)}. Pledged for the whole city region, so not shown on the map.`
              : 'Region-wide pledges are left out while filtering by borough: they are never split between boroughs.'}
          </p>
          <p className="svm-attribution">{MAP_ATTRIBUTION}</p>
        </div>
        <div className="svm-borough__table">
          <ExportButtons
            title={`${info.name} by borough`}
            fileStem={`${headline}-by-borough`}
            filters={dashboardFilterWords(query, reference)}
            source={boroughExport(rows, unit)}
          />
          <BoroughTable
            rows={rows}
            unit={unit}
            caption={`${info.name} by borough and region-wide: pledged, expected to date, claimed and verified, ${when}`}
            selected={selected}
            onToggle={onToggleBorough}
          />
        </div>
      </div>
    </Card>
  );
}
