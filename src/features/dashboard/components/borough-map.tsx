import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { Chart, type ChartItemEvent } from '@/components/charts';
import type { BoroughCode, Unit } from '@/lib/contract';
import type { AreaRow } from '../model/area-rows';
import { boroughMapOption, LCR_BOROUGHS_MAP, regionText } from './borough-map-option';
import './borough-map.css';

interface BoroughMapProps {
  rows: readonly AreaRow<BoroughCode>[];
  unit: Unit;
  /** Whether the figures shown are for a borough filter: the boroughs in it are then outlined. */
  filterActive: boolean;
  /** The boroughs in the filter now (none: every borough counts, and none is selected). */
  selected: readonly BoroughCode[];
  /** Says what the map shows, for screen readers. */
  description: string;
  onToggle: (borough: BoroughCode) => void;
}

const MAP_HEIGHT = 380;
const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp']);

/**
 * The choropleth. For the keyboard and screen readers it is a multi-select list box laid over
 * the map: arrow keys move between boroughs (in the table's order), the borough under focus is
 * highlighted on the map, Enter or Space adds it to the filter or takes it out, and a borough in
 * the filter is a selected option. Keys are handled only while the map has focus. The overlay
 * lets pointer events through, so clicking a borough on the map does the same as Enter.
 */
export function BoroughMap({ rows, unit, filterActive, selected, description, onToggle }: BoroughMapProps) {
  const [focused, setFocused] = useState<number | null>(null);
  const baseId = useId();
  const hintId = `${baseId}-hint`;
  const option = useMemo(() => boroughMapOption(rows, unit, filterActive), [rows, unit, filterActive]);
  const focusedRow = focused === null ? undefined : rows[focused];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = rows.length - 1;
    let next: number | null;
    if (NEXT_KEYS.has(event.key)) next = focused === null || focused === last ? 0 : focused + 1;
    else if (PREVIOUS_KEYS.has(event.key)) next = focused === null || focused === 0 ? last : focused - 1;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = last;
    else if (event.key === 'Escape') next = null;
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (focusedRow) onToggle(focusedRow.area);
      else setFocused(0);
      return;
    } else return;
    event.preventDefault();
    setFocused(next);
  };

  const onItemClick = ({ dataIndex }: ChartItemEvent) => {
    const row = rows[dataIndex];
    if (row) onToggle(row.area);
  };

  return (
    <div className="svm-map">
      <div className="svm-map__area">
        <Chart
          option={option}
          description={description}
          height={MAP_HEIGHT}
          map={LCR_BOROUGHS_MAP}
          onItemClick={onItemClick}
          highlighted={focused === null ? null : { seriesIndex: 0, dataIndex: focused }}
          fallback={<p className="svm-map__no-chart">The map cannot be shown here. The table has the same figures.</p>}
        />
        <div
          className="svm-map__focus"
          style={{ height: MAP_HEIGHT }}
          role="listbox"
          aria-label="Map of delivery by borough"
          aria-multiselectable="true"
          aria-describedby={hintId}
          aria-activedescendant={focused === null ? undefined : `${baseId}-${focused}`}
          tabIndex={0}
          onKeyDown={onKeyDown}
          onBlur={() => setFocused(null)}
        >
          {rows.map((row, index) => (
            <div
              key={row.area}
              id={`${baseId}-${index}`}
              role="option"
              aria-selected={selected.includes(row.area)}
              className="visually-hidden"
            >
              {regionText(row, unit)}
            </div>
          ))}
        </div>
      </div>
      <p id={hintId} className="svm-map__hint">
        Select a borough to add it to the filter or take it out. With the keyboard, focus the map, then use the arrow
        keys and Enter.
      </p>
      <p className="svm-map__status">
        {focusedRow
          ? `${regionText(focusedRow, unit)}. Enter ${
              selected.includes(focusedRow.area) ? 'takes it out of' : 'adds it to'
            } the filter.`
          : null}
      </p>
    </div>
  );
}
