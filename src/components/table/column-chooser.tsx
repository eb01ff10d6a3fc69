import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ColumnVisibility, DataTableColumn } from './columns';
import './column-chooser.css';

export interface ColumnChooserProps {
  /** The table's columns; those with `meta.hideable` are offered. */
  columns: readonly Pick<DataTableColumn<never>, 'id' | 'header' | 'meta'>[];
  visibility: ColumnVisibility;
  onChange: (visibility: ColumnVisibility) => void;
}

/**
 * A "Choose columns" disclosure with a checkbox per optional column. Pair it with
 * `usePersistentColumnVisibility` so the choice is remembered.
 */
export function ColumnChooser({ columns, visibility, onChange }: ColumnChooserProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const optional = columns.filter((column) => column.meta?.hideable === true);
  if (optional.length === 0) return null;

  function closeOnEscape(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Escape') return;
    setOpen(false);
    toggleRef.current?.focus();
  }

  return (
    <div className="svm-column-chooser">
      <button
        ref={toggleRef}
        type="button"
        className="svm-button svm-button--secondary"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        Choose columns
      </button>
      {/* Escape bubbles up from the checkboxes inside; the panel itself is not a control. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions -- keydown delegation, not a widget */}
      <div id={panelId} className="svm-column-chooser__panel" hidden={!open} onKeyDown={closeOnEscape}>
        <fieldset>
          <legend>Columns to show</legend>
          {optional.map((column) => (
            <div key={column.id} className="svm-column-chooser__option">
              <input
                id={`${panelId}-${column.id}`}
                type="checkbox"
                checked={visibility[column.id] !== false}
                onChange={(event) => onChange({ ...visibility, [column.id]: event.target.checked })}
              />
              <label htmlFor={`${panelId}-${column.id}`}>{column.header}</label>
            </div>
          ))}
        </fieldset>
      </div>
    </div>
  );
}
