import type { Feature } from 'write-excel-file/universal';
import { getCellAddress } from 'write-excel-file/utility';

/** `'Contracts'!$A$1:$K$201`: a sheet-qualified absolute range, as defined names need. */
function absoluteRange(sheetName: string, lastCell: string): string {
  const [, column = 'A', row = '1'] = /^([A-Z]+)(\d+)$/.exec(lastCell) ?? [];
  return `'${sheetName.replace(/'/g, "''")}'!$A$1:$${column}$${row}`;
}

/**
 * write-excel-file has no autofilter option, but lets a feature rewrite the sheet XML. An
 * autofilter is an `<autoFilter ref>` right after `<sheetData>` (its place in the schema's
 * sequence; the library writes nothing between them) plus the hidden `_xlnm._FilterDatabase`
 * name that Excel itself writes, so every version shows the filter buttons.
 *
 * `rowCount` counts the header row; the filter covers the first sheet only.
 */
export function autofilterFeature(sheetName: string, rowCount: number, columnCount: number): Feature<Blob> {
  const lastRow = Math.max(0, rowCount - 1);
  const lastColumn = Math.max(0, columnCount - 1);
  const lastCell = getCellAddress(lastRow, lastColumn);
  const ref = `A1:${lastCell}`;
  const definedName =
    `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">` +
    `${escapeXml(absoluteRange(sheetName, lastCell))}</definedName>`;
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml, _options, { sheetIndex }) =>
            sheetIndex === 0 ? xml.replace('</sheetData>', `</sheetData><autoFilter ref="${ref}"/>`) : xml,
        },
        'xl/workbook.xml': {
          transform: (xml) =>
            xml.includes('<definedNames/>')
              ? xml.replace('<definedNames/>', `<definedNames>${definedName}</definedNames>`)
              : xml.replace('<definedNames>', `<definedNames>${definedName}`),
        },
      },
    },
  };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
