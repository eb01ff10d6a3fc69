/**
 * Measures exporting the whole register (every contract, default filter and sort) to CSV and
 * Excel: time and peak memory, with the same code the export worker runs.
 *
 *   npx tsx bench/export-measure.ts [--contracts 20000] [--seed 1] [--libraries] [--out results.json]
 *
 * The parent process generates the data set and answers every API page once, through the mock
 * API's own handlers, keeping the response bodies. Each measurement then runs in a fresh child
 * process that holds only those bodies, so its peak resident memory is the export's, not the
 * generator's. `--libraries` also writes the same workbook with exceljs, for the comparison in
 * docs/exports.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { getResponse } from 'msw';
import { contractsQuerySchema } from '@/lib/contract';
import { parseDate } from '@/lib/export/cells';
import { columnWidths } from '@/lib/export/column-widths';
import { neutralise } from '@/lib/export/neutralise';
import { buildExportTable, EXPORT_PAGE_SIZE, writeExportFile } from '@/lib/export/run-export-job';
import type { ExportFormat, ExportTable } from '@/lib/export/types';
import { ABOUT_SHEET, NUMBER_FORMATS, sheetName, XLSX_MEDIA_TYPE } from '@/lib/export/xlsx';
import { numberFormat } from '@/lib/export/xlsx-rows';
import { generateDataset } from '@/lib/demo-data/generate';
import { createHandlers } from '@mocks/handlers';
import { createMockStore } from '@mocks/store';

interface Recorded {
  reference: string;
  pages: string[];
}

/** The app's two formats, and for the comparison: exceljs, and write-excel-file given every cell. */
type Mode = ExportFormat | 'exceljs' | 'wef-cells';

interface Measurement {
  mode: Mode;
  rows: number;
  /** From the first request to the file in hand. */
  seconds: number;
  /** Fetching every page, checking it against the contract and turning items into cells. */
  fetchSeconds: number;
  /** Writing the file from the cells. */
  writeSeconds: number;
  /**
   * Processor time for the whole export (every thread of the process): on a machine shared with
   * other work this is steadier than the time on the clock.
   */
  cpuSeconds: number;
  fileMB: number;
  baselineRssMB: number;
  peakRssMB: number;
}

const API = 'http://bench.invalid/api/v1';
const MB = 1024 * 1024;
const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

const { values } = parseArgs({
  options: {
    contracts: { type: 'string', default: '20000' },
    seed: { type: 'string', default: '1' },
    libraries: { type: 'boolean', default: false },
    out: { type: 'string' },
    child: { type: 'string' },
    recorded: { type: 'string' },
  },
});

async function parent(): Promise<void> {
  const contracts = Number(values.contracts);
  const seed = Number(values.seed);
  if (!Number.isInteger(contracts) || contracts < 1 || !Number.isInteger(seed)) {
    console.error(
      'Usage: export-measure.ts --contracts <whole number> --seed <whole number> [--libraries] [--out file]',
    );
    process.exit(1);
  }
  const started = performance.now();
  const handlers = createHandlers(createMockStore(generateDataset({ seed, contracts })));
  const answer = async (path: string) => {
    const response = await getResponse(handlers, new Request(`${API}${path}`));
    if (!response?.ok) throw new Error(`The mock API did not answer ${path}`);
    return response.text();
  };
  const recorded: Recorded = { reference: await answer('/reference'), pages: [] };
  const pageCount = Math.ceil(contracts / EXPORT_PAGE_SIZE);
  for (let page = 1; page <= pageCount; page += 1) {
    recorded.pages.push(await answer(`/contracts?page=${page}&pageSize=${EXPORT_PAGE_SIZE}`));
  }
  console.log(
    `${contracts.toLocaleString('en-GB')} contracts generated and paged in ${round((performance.now() - started) / 1000)} s`,
  );
  const machine = `${cpus().length} processors, load average ${round(loadavg()[0] ?? 0, 1)} when measuring`;
  console.log(machine);

  const dir = mkdtempSync(join(tmpdir(), 'svm-export-measure-'));
  const file = join(dir, 'recorded.json');
  writeFileSync(file, JSON.stringify(recorded));
  const modes: Mode[] = values.libraries ? ['csv', 'xlsx', 'wef-cells', 'exceljs'] : ['csv', 'xlsx'];
  const results: Measurement[] = [];
  try {
    for (const mode of modes) {
      const run = spawnSync(
        process.execPath,
        ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', mode, '--recorded', file],
        { encoding: 'utf8', maxBuffer: 16 * MB },
      );
      if (run.status !== 0) throw new Error(`The ${mode} measurement failed:\n${run.stderr}`);
      const measurement = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') as Measurement;
      results.push(measurement);
      console.log(
        `${mode.padEnd(10)} ${measurement.rows.toLocaleString('en-GB')} rows in ${measurement.seconds} s ` +
          `(fetch and check ${measurement.fetchSeconds} s, write ${measurement.writeSeconds} s; processor ${measurement.cpuSeconds} s), ` +
          `file ${measurement.fileMB} MB, peak RSS ${measurement.peakRssMB} MB (${measurement.baselineRssMB} MB before)`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (values.out) {
    writeFileSync(
      values.out,
      `${JSON.stringify({ contracts, seed, node: process.version, machine, results }, null, 2)}\n`,
    );
  }
}

async function child(mode: Mode, recordedFile: string): Promise<void> {
  const recorded = JSON.parse(readFileSync(recordedFile, 'utf8')) as Recorded;
  const fakeFetch: typeof fetch = async (input) => {
    const url = new URL(input instanceof Request ? input.url : input);
    const body = url.pathname.endsWith('/reference')
      ? recorded.reference
      : recorded.pages[Number(url.searchParams.get('page') ?? '1') - 1];
    return new Response(body ?? null, { status: body ? 200 : 404, headers: { 'Content-Type': 'application/json' } });
  };
  const write =
    mode === 'exceljs'
      ? await exceljsWriter()
      : mode === 'wef-cells'
        ? await wefCellsWriter()
        : (table: ExportTable) => writeExportFile(table, mode);
  (globalThis as { gc?: () => void }).gc?.();
  const baselineRss = process.memoryUsage().rss;

  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const table = await buildExportTable(
    {
      format: mode === 'csv' ? 'csv' : 'xlsx',
      source: { kind: 'api', resource: 'contracts', query: contractsQuerySchema.parse({}) },
      title: 'Contracts',
      fileStem: 'contracts',
      filters: [],
      viewUrl: 'http://localhost:5173/contracts',
      apiBaseUrl: API,
    },
    { fetch: fakeFetch },
  );
  const built = performance.now();
  const file = await write(table);
  const finished = performance.now();
  const cpu = process.cpuUsage(cpuBefore);

  const measurement: Measurement = {
    mode,
    rows: table.rows.length,
    seconds: round((finished - started) / 1000),
    fetchSeconds: round((built - started) / 1000),
    writeSeconds: round((finished - built) / 1000),
    cpuSeconds: round((cpu.user + cpu.system) / 1e6),
    fileMB: round(file.size / MB),
    baselineRssMB: Math.round(baselineRss / MB),
    peakRssMB: Math.round((process.resourceUsage().maxRSS * 1024) / MB),
  };
  console.log(JSON.stringify(measurement));
}

/**
 * The same workbook written with exceljs (frozen header, autofilter, widths, number formats,
 * a second sheet), for the library comparison only: the app does not ship exceljs.
 */
async function exceljsWriter(): Promise<(table: ExportTable) => Promise<Blob>> {
  const { default: ExcelJS } = await import('exceljs');
  return async (table) => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(sheetName(table.meta.title), { views: [{ state: 'frozen', ySplit: 1 }] });
    const widths = columnWidths(table.columns, table.rows);
    sheet.columns = table.columns.map((column, i) => ({
      header: neutralise(column.header),
      width: widths[i],
      style: { numFmt: EXCELJS_FORMATS[column.type] },
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) {
      sheet.addRow(
        row.map((value, i) => {
          const type = table.columns[i]?.type;
          if (value === null || typeof value === 'boolean') return value === null ? null : value ? 'Yes' : 'No';
          if (typeof value === 'number') return type === 'pct' ? value / 100 : value;
          if (value instanceof Date) return value;
          if (typeof value === 'object') return value.quantity;
          return type === 'date' || type === 'datetime' ? parseDate(value) : neutralise(value);
        }),
      );
    }
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: table.rows.length + 1, column: table.columns.length },
    };
    const about = workbook.addWorksheet(ABOUT_SHEET);
    about.addRows([
      ['Title', table.meta.title],
      ['Rows', table.rows.length],
      ['Generated at (UTC)', table.meta.generatedAt],
    ]);
    return new Blob([await workbook.xlsx.writeBuffer()], { type: XLSX_MEDIA_TYPE });
  };
}

/**
 * write-excel-file used plainly, every data cell a cell object, for the comparison only: the
 * app writes the data rows itself through the library's feature hook (src/lib/export/xlsx-rows.ts).
 */
async function wefCellsWriter(): Promise<(table: ExportTable) => Promise<Blob>> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  return (table) => {
    const header = table.columns.map((column) => ({ value: neutralise(column.header), fontWeight: 'bold' as const }));
    const rows = table.rows.map((row) =>
      row.map((value, i) => {
        const column = table.columns[i];
        if (value === null || value === undefined || !column) return null;
        if (typeof value === 'boolean') return value ? 'Yes' : 'No';
        if (column.type === 'date' || column.type === 'datetime') {
          const date = typeof value === 'string' || value instanceof Date ? parseDate(value) : null;
          if (date) return { value: date, type: Date, format: NUMBER_FORMATS[column.type] };
        }
        const n = typeof value === 'object' && !(value instanceof Date) ? value.quantity : value;
        if (typeof n === 'number') {
          return { value: column.type === 'pct' ? n / 100 : n, type: Number, format: numberFormat(column, value) };
        }
        return neutralise(String(value));
      }),
    );
    return writeXlsxFile([header, ...rows], {
      sheet: sheetName(table.meta.title),
      stickyRowsCount: 1,
      columns: columnWidths(table.columns, table.rows).map((width) => ({ width })),
    }).toBlob();
  };
}

const EXCELJS_FORMATS: Record<ExportTable['columns'][number]['type'], string | undefined> = {
  text: undefined,
  integer: NUMBER_FORMATS.integer,
  number: NUMBER_FORMATS.number,
  gbp: NUMBER_FORMATS.gbp,
  pct: NUMBER_FORMATS.pct,
  date: NUMBER_FORMATS.date,
  datetime: NUMBER_FORMATS.datetime,
  quantity: NUMBER_FORMATS.number,
};

// Last, so that every constant above is initialised before either role runs.
if (values.child) {
  await child(values.child as Mode, values.recorded ?? '');
} else {
  await parent();
}
