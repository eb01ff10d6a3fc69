import { describe, expect, it } from 'vitest';
import { buildReference } from '@/lib/demo-data/reference';
import { readRegisterFiles, templateCsv, templateXlsx, validateRegister, type ImportReference } from '@/lib/import';
import { commitmentCells, contractCells, registerFiles } from './register-fixtures';

const reference = buildReference(2030);
const ref: ImportReference = {
  measureCodes: new Set(reference.measures.map((m) => m.code)),
  users: reference.users,
  categories: reference.categories,
};

async function check(files: Awaited<ReturnType<typeof registerFiles>>) {
  const { sheets, issues } = await readRegisterFiles(files);
  expect(issues).toEqual([]);
  return validateRegister(sheets, ref);
}

describe('validateRegister', () => {
  it('reads a clean register, with names, codes, UK dates and a spread profile', async () => {
    const result = await check(
      registerFiles(
        [
          contractCells(1, {
            value: '£1,250,000',
            startDate: '1/4/2025',
            boroughs: 'E08000012; sefton',
            manager: 'u-cm-2',
          }),
        ],
        [
          commitmentCells(1),
          commitmentCells(1, {
            measureCode: 'env-carbon',
            area: 'Region-wide',
            total: '4',
            profile: '2025-26-Q2=3; 2025-26-Q1=1',
            spreadFrom: '',
            spreadTo: '',
          }),
        ],
      ),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.contracts[0]).toMatchObject({
      row: 2,
      value: 1_250_000,
      startDate: '2025-04-01',
      boroughs: ['E08000012', 'E08000014'],
      regionWide: false,
      category: 'highways',
      managerId: 'u-cm-2',
      companyNumber: '10000001',
    });
    expect(result.value.commitments[0]?.profile).toHaveLength(12);
    expect(result.value.commitments[1]).toMatchObject({
      measureCode: 'ENV-CARBON',
      area: 'region',
      profile: [
        { quarter: '2025-26-Q1', quantity: 1 },
        { quarter: '2025-26-Q2', quantity: 3 },
      ],
    });
  });

  it('names the sheet, row, column and reason of every bad cell', async () => {
    const result = await check(
      registerFiles(
        [
          contractCells(1),
          contractCells(2, { value: 'lots', endDate: '2024-01-01' }),
          contractCells(3, { boroughs: 'Manchester', category: 'Catering' }),
          contractCells(1, { title: 'Again' }),
        ],
        [
          commitmentCells(1, { total: '10', profile: '2025-26-Q1=4', spreadFrom: '', spreadTo: '' }),
          commitmentCells(9),
          commitmentCells(1, { spreadTo: '' }),
        ],
      ),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const where = result.issues.map((i) => `${i.sheet} ${i.row} ${i.column}: ${i.reason}`);
    expect(where).toEqual([
      'Contracts 3 Value (GBP): Enter the value in pounds as a number of 0 or more, not "lots"',
      'Contracts 4 Boroughs: "manchester" is not a Liverpool City Region borough (Halton, Knowsley, Liverpool, St Helens, Sefton, Wirral, or Region-wide)',
      'Contracts 4 Category: "Catering" is not a category (Highways, Construction, ICT, Professional services, Transport, Facilities management, Care)',
      'Contracts 5 Reference: The reference IMP-00001 is also on row 2',
      'Commitments 2 Quarterly profile: The profile adds up to 4, not the total of 10',
      'Commitments 3 Contract reference: There is no contract IMP-00009 on the Contracts sheet',
      'Commitments 4 Spread to: Give both dates to spread over',
    ]);
  });

  it('reports a missing column once, on the header row', async () => {
    const { sheets } = await readRegisterFiles([
      { name: 'c.csv', bytes: new TextEncoder().encode('Reference,Title\r\nA,B\r\n') },
    ]);
    const result = validateRegister(sheets, ref);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toEqual({
      file: 'c.csv',
      sheet: 'Contracts',
      row: 1,
      column: 'Supplier name',
      reason: 'The column "Supplier name" is missing',
    });
  });

  it('refuses a file that is neither sheet, and one that is not UTF-8', async () => {
    const { issues } = await readRegisterFiles([
      { name: 'notes.csv', bytes: new TextEncoder().encode('Name,Age\r\nA,1\r\n') },
      { name: 'latin1.csv', bytes: new Uint8Array([0x52, 0x65, 0x66, 0xe9, 0xff]) },
    ]);
    expect(issues.map((i) => `${i.file}: ${i.reason}`)).toEqual([
      expect.stringMatching(/^notes\.csv: The header row has neither "Reference"/),
      expect.stringMatching(/^latin1\.csv: The file is not UTF-8 text/),
    ]);
  });

  it('accepts its own templates, as CSV and as a workbook', async () => {
    const csv = await check([
      { name: 'contracts.csv', bytes: new TextEncoder().encode(templateCsv('Contracts')) },
      { name: 'commitments.csv', bytes: new TextEncoder().encode(templateCsv('Commitments')) },
    ]);
    const xlsx = await check([
      { name: 'template.xlsx', bytes: new Uint8Array(await (await templateXlsx()).arrayBuffer()) },
    ]);
    expect(csv.ok && xlsx.ok).toBe(true);
    expect(xlsx).toEqual(csv);
  });
});
