import { z } from 'zod';
import {
  categorySchema,
  COMMITMENT_COLUMNS,
  CONTRACT_COLUMNS,
  IMPORT_SHEETS,
  type Area,
  type BoroughCode,
  type Category,
  type ImportIssue,
  type QuarterAmount,
  type User,
} from '@/lib/contract';
import { spreadEvenly } from '@/lib/figures';
import { amountField, areaField, boroughsField, dateField, parseProfile, required } from './fields';
import type { RawSheet } from './read';

/** What the importer checks names against: the service's own reference data. */
export interface ImportReference {
  measureCodes: ReadonlySet<string>;
  users: readonly User[];
  categories: readonly { id: Category; name: string }[];
}

export interface ContractInput {
  row: number;
  reference: string;
  title: string;
  supplierName: string;
  companyNumber: string;
  value: number;
  startDate: string;
  endDate: string;
  boroughs: BoroughCode[];
  regionWide: boolean;
  category: Category;
  managerId: string;
}

export interface CommitmentInput {
  row: number;
  contractReference: string;
  measureCode: string;
  area: Area;
  total: number;
  profile: QuarterAmount[];
}

export interface ValidRegister {
  contracts: ContractInput[];
  commitments: CommitmentInput[];
}

const COMPANY_NUMBER = /^(\d{8}|[A-Z]{2}\d{6})$/;

function contractRowSchema(ref: ImportReference) {
  const categoryByWord = new Map<string, Category>(
    ref.categories.flatMap((c) => [
      [c.id, c.id],
      [c.name.toLowerCase(), c.id],
    ]),
  );
  const managers = ref.users.filter((u) => u.role === 'contract-manager');
  const managerByWord = new Map<string, string>(
    managers.flatMap((u) => [
      [u.id.toLowerCase(), u.id],
      [u.name.toLowerCase(), u.id],
    ]),
  );
  return z
    .object({
      reference: required('reference').max(40, 'A reference is at most 40 characters'),
      title: required('title').max(300, 'A title is at most 300 characters'),
      supplierName: required('supplier name').max(200, 'A supplier name is at most 200 characters'),
      companyNumber: required('company number')
        .transform((t) => t.toUpperCase().replace(/\s/g, ''))
        .transform((t) => (/^\d{1,7}$/.test(t) ? t.padStart(8, '0') : t))
        .refine((t) => COMPANY_NUMBER.test(t), 'A Companies House number is 8 digits, or 2 letters and 6 digits'),
      value: amountField('value in pounds'),
      startDate: dateField('start date'),
      endDate: dateField('end date'),
      boroughs: boroughsField,
      category: required('category').transform((text, ctx): Category => {
        const id = categoryByWord.get(text.toLowerCase());
        if (!id || !categorySchema.safeParse(id).success) {
          ctx.addIssue({
            code: 'custom',
            message: `"${text}" is not a category (${ref.categories.map((c) => c.name).join(', ')})`,
          });
          return z.NEVER;
        }
        return id;
      }),
      manager: required('contract manager').transform((text, ctx) => {
        const id = managerByWord.get(text.toLowerCase());
        if (!id) {
          ctx.addIssue({
            code: 'custom',
            message: `"${text}" is not a contract manager (${managers.map((u) => u.name).join(', ')})`,
          });
          return z.NEVER;
        }
        return id;
      }),
    })
    .refine((c) => c.endDate >= c.startDate, { message: 'The end date is before the start date', path: ['endDate'] });
}

function commitmentRowSchema(ref: ImportReference) {
  return z
    .object({
      contractReference: required('contract reference'),
      measureCode: required('measure code')
        .transform((t) => t.toUpperCase())
        .refine((code) => ref.measureCodes.has(code), 'There is no measure with this code'),
      area: areaField,
      total: amountField('total'),
      profile: z.string(),
      spreadFrom: z.union([z.literal(''), dateField('date to spread from')]),
      spreadTo: z.union([z.literal(''), dateField('date to spread to')]),
    })
    .transform((k, ctx) => {
      const spread = k.spreadFrom !== '' || k.spreadTo !== '';
      if (k.profile !== '' && spread) {
        ctx.addIssue({
          code: 'custom',
          path: ['profile'],
          message: 'Give a quarterly profile or dates to spread over, not both',
        });
        return z.NEVER;
      }
      if (k.profile !== '') {
        const profile = parseProfile(k.profile);
        if (typeof profile === 'string') {
          ctx.addIssue({ code: 'custom', path: ['profile'], message: profile });
          return z.NEVER;
        }
        const sum = profile.reduce((s, p) => s + p.quantity, 0);
        if (Math.abs(sum - k.total) > 1e-9 * Math.max(1, k.total)) {
          ctx.addIssue({
            code: 'custom',
            path: ['profile'],
            message: `The profile adds up to ${sum}, not the total of ${k.total}`,
          });
          return z.NEVER;
        }
        return { ...k, profile };
      }
      if (k.spreadFrom === '' || k.spreadTo === '') {
        const path =
          k.spreadFrom === '' && spread ? 'spreadFrom' : k.spreadTo === '' && spread ? 'spreadTo' : 'profile';
        ctx.addIssue({
          code: 'custom',
          path: [path],
          message: spread
            ? 'Give both dates to spread over'
            : 'Give a quarterly profile, or the dates to spread the total over',
        });
        return z.NEVER;
      }
      if (k.spreadTo < k.spreadFrom) {
        ctx.addIssue({
          code: 'custom',
          path: ['spreadTo'],
          message: 'The date to spread to is before the date to spread from',
        });
        return z.NEVER;
      }
      return { ...k, profile: spreadEvenly(k.total, k.spreadFrom, k.spreadTo) };
    });
}

/** The row's cells by field, and an issue for each required column the sheet lacks. */
function columnsOf<K extends string>(sheet: RawSheet, titles: Record<K, string>, optional: ReadonlySet<K>) {
  const index = {} as Record<K, number | undefined>;
  const issues: ImportIssue[] = [];
  for (const [field, title] of Object.entries(titles) as [K, string][]) {
    index[field] = sheet.columns.get(title.toLowerCase());
    if (index[field] === undefined && !optional.has(field)) {
      issues.push({
        file: sheet.file,
        sheet: sheet.sheet,
        row: 1,
        column: title,
        reason: `The column "${title}" is missing`,
      });
    }
  }
  const cellsOf = (cells: string[]) => {
    const out = {} as Record<K, string>;
    for (const field of Object.keys(titles) as K[]) {
      const i = index[field];
      out[field] = i === undefined ? '' : (cells[i] ?? '');
    }
    return out;
  };
  return { issues, cellsOf };
}

function rowIssues<K extends string>(
  sheet: RawSheet,
  row: number,
  titles: Record<K, string>,
  error: z.ZodError,
): ImportIssue[] {
  return error.issues.map((issue) => {
    const field = issue.path[0];
    const column = typeof field === 'string' && field in titles ? titles[field as K] : null;
    return { file: sheet.file, sheet: sheet.sheet, row, column, reason: issue.message };
  });
}

/**
 * Every row of the register checked: each cell against its column's rules, and across rows
 * (a reference once, one name per company number, commitments of contracts in the file, one
 * commitment per contract, measure and area). Either every row is good, or the issues.
 */
export function validateRegister(
  sheets: readonly RawSheet[],
  ref: ImportReference,
): { ok: true; value: ValidRegister } | { ok: false; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const contracts: ContractInput[] = [];
  const commitments: CommitmentInput[] = [];
  const contractSheet = sheets.find((s) => s.sheet === IMPORT_SHEETS.contracts);
  const commitmentSheet = sheets.find((s) => s.sheet === IMPORT_SHEETS.commitments);

  const byReference = new Map<string, number>();
  // References on the sheet, good rows or not: a commitment of a refused contract is not reported twice.
  const listed = new Set<string>();
  if (contractSheet) {
    const { issues: missing, cellsOf } = columnsOf(contractSheet, CONTRACT_COLUMNS, new Set());
    issues.push(...missing);
    const schema = contractRowSchema(ref);
    const supplierNames = new Map<string, { name: string; row: number }>();
    for (const { row, cells } of missing.length ? [] : contractSheet.rows) {
      const raw = cellsOf(cells);
      listed.add(raw.reference);
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        issues.push(...rowIssues(contractSheet, row, CONTRACT_COLUMNS, parsed.error));
        continue;
      }
      const c = parsed.data;
      const at = (column: string, reason: string) =>
        issues.push({ file: contractSheet.file, sheet: contractSheet.sheet, row, column, reason });
      const earlier = byReference.get(c.reference);
      if (earlier !== undefined) {
        at(CONTRACT_COLUMNS.reference, `The reference ${c.reference} is also on row ${earlier}`);
        continue;
      }
      byReference.set(c.reference, row);
      const named = supplierNames.get(c.companyNumber);
      if (named && named.name !== c.supplierName) {
        at(
          CONTRACT_COLUMNS.supplierName,
          `Company ${c.companyNumber} is named "${named.name}" on row ${named.row}: one company, one name`,
        );
        continue;
      }
      supplierNames.set(c.companyNumber, { name: c.supplierName, row });
      contracts.push({
        row,
        reference: c.reference,
        title: c.title,
        supplierName: c.supplierName,
        companyNumber: c.companyNumber,
        value: c.value,
        startDate: c.startDate,
        endDate: c.endDate,
        boroughs: c.boroughs.boroughs,
        regionWide: c.boroughs.regionWide,
        category: c.category,
        managerId: c.manager,
      });
    }
  }

  if (commitmentSheet) {
    const optional = new Set(['profile', 'spreadFrom', 'spreadTo'] as const);
    const { issues: missing, cellsOf } = columnsOf(commitmentSheet, COMMITMENT_COLUMNS, optional);
    issues.push(...missing);
    const schema = commitmentRowSchema(ref);
    const keys = new Map<string, number>();
    for (const { row, cells } of missing.length ? [] : commitmentSheet.rows) {
      const parsed = schema.safeParse(cellsOf(cells));
      if (!parsed.success) {
        issues.push(...rowIssues(commitmentSheet, row, COMMITMENT_COLUMNS, parsed.error));
        continue;
      }
      const k = parsed.data;
      const at = (column: string, reason: string) =>
        issues.push({ file: commitmentSheet.file, sheet: commitmentSheet.sheet, row, column, reason });
      if (!listed.has(k.contractReference)) {
        at(COMMITMENT_COLUMNS.contractReference, `There is no contract ${k.contractReference} on the Contracts sheet`);
        continue;
      }
      const key = `${k.contractReference}\n${k.measureCode}\n${k.area}`;
      const earlier = keys.get(key);
      if (earlier !== undefined) {
        at(COMMITMENT_COLUMNS.measureCode, `The same contract, measure and area is also on row ${earlier}`);
        continue;
      }
      keys.set(key, row);
      commitments.push({
        row,
        contractReference: k.contractReference,
        measureCode: k.measureCode,
        area: k.area,
        total: k.total,
        profile: k.profile,
      });
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { contracts, commitments } };
}
