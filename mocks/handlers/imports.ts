import { http, HttpResponse, type HttpHandler } from 'msw';
import { IMPORT_MAX_BYTES, IMPORT_TEMPLATE_NAMES, importQuerySchema, type ImportTemplateName } from '@/lib/contract';
import { contentDisposition } from '@/lib/contract/content-disposition';
import { invalid, notFound, tooLarge, unsupportedFile } from '@/lib/contract/problems';
import { safeFileName } from '@/lib/files/safe-name';
import { isXlsx, templateCsv, templateXlsx, type UploadedFile } from '@/lib/import';
import type { MockStore } from '@mocks/store';
import { parseQuery, pathParam, requestUser, type Route } from './route';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The files of a multipart body, refused as the server refuses them (type by content, size, count). */
async function readFiles(request: Request): Promise<UploadedFile[]> {
  if (!(request.headers.get('Content-Type') ?? '').startsWith('multipart/form-data')) {
    throw unsupportedFile('Send the register as multipart/form-data, with the file in a part named "file".');
  }
  const form = await request.formData();
  const files: UploadedFile[] = [];
  for (const value of form.values()) {
    if (typeof value === 'string') continue;
    const name = safeFileName(value.name, `register-${files.length + 1}`);
    if (value.size > IMPORT_MAX_BYTES)
      throw tooLarge(`A register file can be at most ${IMPORT_MAX_BYTES / 1024 / 1024} MB.`);
    const bytes = new Uint8Array(await value.arrayBuffer());
    if (bytes.length === 0) throw invalid(`${name} is empty.`, [{ name: 'file', reason: `${name} is empty` }]);
    // The mock has no file-type: a zip is taken for a workbook, text without NUL bytes for CSV.
    if (!isXlsx(bytes) && bytes.subarray(0, 64 * 1024).includes(0)) {
      throw unsupportedFile(`${name} is not text: upload the register as an Excel workbook (.xlsx) or CSV.`);
    }
    files.push({ name, bytes });
  }
  if (files.length === 0) throw invalid('No file was uploaded.', [{ name: 'file', reason: 'Choose a file to import' }]);
  if (files.length > 2) {
    throw invalid('Too many parts.', [{ name: 'file', reason: 'Upload one workbook, or at most 2 CSV files' }]);
  }
  return files;
}

/** Import of the contract register and its templates. */
export function importHandlers(store: MockStore, route: Route): HttpHandler[] {
  return [
    http.post(
      '*/api/v1/imports',
      route(async ({ request, url }) => {
        const { dryRun } = parseQuery(importQuerySchema, url);
        const userId = requestUser(store, request);
        store.me(userId);
        const files = await readFiles(request);
        return HttpResponse.json(await store.importRegister(files, userId, { dryRun: dryRun === 'true' }));
      }),
    ),
    http.get(
      '*/api/v1/imports/templates/:name',
      route(async ({ params }) => {
        const name = pathParam(params, 'name');
        if (!(IMPORT_TEMPLATE_NAMES as readonly string[]).includes(name)) {
          throw notFound(`There is no template called "${name}". Templates: ${IMPORT_TEMPLATE_NAMES.join(', ')}.`);
        }
        const template = name as ImportTemplateName;
        const headers = { 'Content-Disposition': contentDisposition(template) };
        if (template === 'register-template.xlsx') {
          return new HttpResponse(await (await templateXlsx()).arrayBuffer(), {
            headers: { ...headers, 'Content-Type': XLSX_TYPE },
          });
        }
        const sheet = template === 'contracts-template.csv' ? 'Contracts' : 'Commitments';
        return new HttpResponse(templateCsv(sheet), {
          headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' },
        });
      }),
    ),
  ];
}
