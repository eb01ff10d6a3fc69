import Papa from 'papaparse';
import { COMMITMENT_COLUMNS, CONTRACT_COLUMNS } from '@/lib/contract';
import type { UploadedFile } from '@/lib/import';

/** A small register as CSV files, built from rows keyed by field, for the importer's tests. */
export type ContractCells = Record<keyof typeof CONTRACT_COLUMNS, string>;
export type CommitmentCells = Record<keyof typeof COMMITMENT_COLUMNS, string>;

export function contractCells(n: number, patch: Partial<ContractCells> = {}): ContractCells {
  return {
    reference: `IMP-${String(n).padStart(5, '0')}`,
    title: `Imported contract ${n}`,
    supplierName: `Supplier ${n % 7} Ltd`,
    companyNumber: String(10_000_000 + (n % 7)),
    value: String(50_000 + n * 10),
    startDate: '2025-04-01',
    endDate: '2028-03-31',
    boroughs: n % 5 === 0 ? 'Region-wide' : 'Liverpool; Wirral',
    category: 'Highways',
    manager: 'Priya Sharma',
    ...patch,
  };
}

export function commitmentCells(n: number, patch: Partial<CommitmentCells> = {}): CommitmentCells {
  return {
    contractReference: `IMP-${String(n).padStart(5, '0')}`,
    measureCode: 'JOB-LOCAL-FTE',
    area: 'Liverpool',
    total: '12',
    profile: '',
    spreadFrom: '2025-04-01',
    spreadTo: '2028-03-31',
    ...patch,
  };
}

function csv<K extends string>(titles: Record<K, string>, rows: Record<K, string>[]): string {
  const keys = Object.keys(titles) as K[];
  return Papa.unparse([keys.map((k) => titles[k]), ...rows.map((r) => keys.map((k) => r[k]))]);
}

export function registerFiles(contracts: ContractCells[], commitments: CommitmentCells[] = []): UploadedFile[] {
  const encode = (text: string) => new TextEncoder().encode(text);
  const files = [{ name: 'contracts.csv', bytes: encode(csv(CONTRACT_COLUMNS, contracts)) }];
  if (commitments.length > 0)
    files.push({ name: 'commitments.csv', bytes: encode(csv(COMMITMENT_COLUMNS, commitments)) });
  return files;
}
