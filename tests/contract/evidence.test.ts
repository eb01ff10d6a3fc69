// @vitest-environment node
import { inflateSync } from 'node:zlib';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { evidenceSchema, pageSchema, type Evidence } from '@/lib/contract';
import { openContractApi } from './support/target';

const api = await openContractApi();
afterAll(() => api.close());
const mockDataset = api.dataset;
const evidencePage = pageSchema(evidenceSchema);
const DAY = 86_400_000;

async function allPages(query: string): Promise<Evidence[]> {
  const first = await api.get(`/evidence?${query}&pageSize=500`, evidencePage);
  const rest = await Promise.all(
    Array.from({ length: first.pageCount - 1 }, (_, i) =>
      api.get(`/evidence?${query}&pageSize=500&page=${i + 2}`, evidencePage),
    ),
  );
  return [first, ...rest].flatMap((p) => p.items);
}

function byId(ids: Evidence[]): string[] {
  return ids.map((e) => e.id).sort();
}

describe('the evidence list and queue', () => {
  it('by default is the queue: pending and queried evidence, oldest first', async () => {
    const queue = await allPages('');
    const expected = mockDataset.evidence.filter((e) => e.status === 'pending' || e.status === 'queried');
    expect(byId(queue)).toEqual(byId(expected));
    const times = queue.map((e) => Date.parse(e.uploadedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('within one contract lists every status unless told otherwise', async () => {
    const contractId = mockDataset.evidence.find((e) => e.status === 'verified')?.contractId ?? '';
    const all = await allPages(`contractId=${contractId}`);
    expect(byId(all)).toEqual(byId(mockDataset.evidence.filter((e) => e.contractId === contractId)));
    const rejected = await allPages(`contractId=${contractId}&status=rejected`);
    expect(rejected.every((e) => e.status === 'rejected')).toBe(true);
  });

  it('drills down to one return: contract, measure and quarter', async () => {
    const e = mockDataset.evidence[10];
    if (!e) throw new Error('The demo data should have evidence');
    const found = await allPages(`contractId=${e.contractId}&measure=${e.measureCode}&quarter=${e.quarter}`);
    expect(byId(found)).toEqual(byId(mockDataset.evidence.filter((x) => x.returnId === e.returnId)));
  });

  it('counts "waiting over 30 days" from the data set date, not today', async () => {
    const asOf = Date.parse(`${mockDataset.reference.asOf}T00:00:00Z`);
    const old = await allPages('olderThan=30&status=pending');
    const expected = mockDataset.evidence.filter(
      (e) => e.status === 'pending' && (asOf - Date.parse(`${e.uploadedAt.slice(0, 10)}T00:00:00Z`)) / DAY > 30,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(byId(old)).toEqual(byId(expected));
  });

  it('filters by borough, theme and manager', async () => {
    const themeOf = new Map(mockDataset.reference.measures.map((m) => [m.code, m.theme]));
    const found = await allPages('borough=E08000012&theme=economy&manager=u-cm-2&status=verified');
    const expected = mockDataset.evidence.filter(
      (e) =>
        e.area === 'E08000012' &&
        themeOf.get(e.measureCode) === 'economy' &&
        e.managerId === 'u-cm-2' &&
        e.status === 'verified',
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(byId(found)).toEqual(byId(expected));
  });

  it('sorts by contract, size and status in either direction', async () => {
    const byContract = await api.get('/evidence?status=verified&sort=-contract&pageSize=50', evidencePage);
    const refs = byContract.items.map((e) => e.contractReference);
    expect(refs).toEqual([...refs].sort().reverse());
    const bySize = await api.get('/evidence?sort=-sizeBytes&pageSize=50', evidencePage);
    const sizes = bySize.items.map((e) => e.sizeBytes);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    const byStatus = await allPages('status=pending&status=verified&status=rejected&status=queried&sort=status');
    const order = ['pending', 'queried', 'verified', 'rejected'];
    const ranks = byStatus.map((e) => order.indexOf(e.status));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

function evidenceWith(mediaType: string): Evidence {
  const found = mockDataset.evidence.find((e) => e.mediaType === mediaType);
  if (!found) throw new Error(`The demo data should have ${mediaType} evidence`);
  return found;
}

async function download(e: Evidence) {
  const response = await api.call(`/evidence/${e.id}/file`);
  expect(response.status).toBe(200);
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

describe('evidence files', () => {
  it('CSV: lines that add up to the claimed quantity, as an attachment', async () => {
    const e = evidenceWith('text/csv');
    const { response, bytes } = await download(e);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename="${e.fileName}"`);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const rows = Papa.parse<string[]>(new TextDecoder().decode(bytes).trim()).data;
    const quantities = rows.slice(1).map((row) => Number(row.at(-1)));
    expect(quantities.reduce((a, b) => a + b, 0)).toBeCloseTo(e.claimedQuantity, 2);
  });

  it('text: the narrative of a case study', async () => {
    const e = mockDataset.evidence.find((x) => x.mediaType === 'text/plain' && x.narrative);
    if (!e?.narrative) throw new Error('The demo data should have a case study');
    const { response, bytes } = await download(e);
    expect(response.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    expect(new TextDecoder().decode(bytes)).toBe(`${e.narrative}\n`);
  });

  it('PNG: a valid image whose chunks and compressed pixels check out', async () => {
    const { response, bytes } = await download(evidenceWith('image/png'));
    expect(response.headers.get('Content-Type')).toBe('image/png');
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const chunks: { type: string; data: Uint8Array }[] = [];
    for (let offset = 8; offset < bytes.length;) {
      const length = view.getUint32(offset);
      chunks.push({
        type: new TextDecoder().decode(bytes.subarray(offset + 4, offset + 8)),
        data: bytes.subarray(offset + 8, offset + 8 + length),
      });
      offset += 12 + length;
    }
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const header = chunks[0]?.data ?? new Uint8Array();
    const width = new DataView(header.buffer, header.byteOffset).getUint32(0);
    const height = new DataView(header.buffer, header.byteOffset).getUint32(4);
    const pixels = inflateSync(chunks[1]?.data ?? new Uint8Array());
    expect(pixels.length).toBe(height * (1 + width * 3));
  });

  it('PDF: a one-page document whose cross-reference table points at its objects', async () => {
    const e = evidenceWith('application/pdf');
    const { response, bytes } = await download(e);
    expect(response.headers.get('Content-Type')).toBe('application/pdf');
    const text = new TextDecoder('latin1').decode(bytes);
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    const startxref = Number(/startxref\n(\d+)\n/.exec(text)?.[1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const offsets = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(5);
    offsets.forEach((offset, i) => expect(text.slice(offset).startsWith(`${i + 1} 0 obj`)).toBe(true));
    expect(text).toContain(e.contractReference);
  });

  it('is the same file on every download', async () => {
    const e = evidenceWith('image/png');
    expect((await download(e)).bytes).toEqual((await download(e)).bytes);
  });
});
