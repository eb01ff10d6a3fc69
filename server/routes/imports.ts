/**
 * The register import over HTTP: `POST /imports` takes one XLSX workbook or up to two CSV files
 * (contracts, commitments) as multipart/form-data; `?dryRun=true` checks and plans without
 * writing. Files are checked by content, not by name; names are made safe before they are kept.
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import {
  IMPORT_MAX_BYTES,
  IMPORT_TEMPLATE_NAMES,
  importQuerySchema,
  type ImportTemplateName,
  type User,
} from '@/lib/contract';
import { invalid, notFound, tooLarge, unsupportedFile } from '@/lib/contract/problems';
import { parseQuery } from '@/lib/contract/parse-query';
import { safeFileName } from '@/lib/files/safe-name';
import { importRefusal, templateCsv, templateXlsx, type UploadedFile } from '@/lib/import';
import type { ImportService } from '../services/imports';

export interface ImportRouteOptions {
  imports: ImportService;
  userOf(request: FastifyRequest): Promise<User>;
}

const MAX_FILES = 2;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** CSV has no signature: text is what has none and holds no NUL bytes. */
function looksLikeText(bytes: Uint8Array): boolean {
  return !bytes.subarray(0, 64 * 1024).includes(0);
}

async function acceptedFile(name: string, bytes: Buffer): Promise<UploadedFile> {
  const type = await fileTypeFromBuffer(bytes);
  if (type?.ext === 'xlsx' || (type === undefined && looksLikeText(bytes))) return { name, bytes };
  throw unsupportedFile(
    `${name} is ${type ? `a ${type.ext.toUpperCase()} file` : 'not text'}: upload the register as an Excel workbook (.xlsx) or CSV.`,
  );
}

function multipartProblem(error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    return tooLarge(`A register file can be at most ${IMPORT_MAX_BYTES / 1024 / 1024} MB.`);
  }
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return invalid('Too many parts.', [
      { name: 'file', reason: `Upload one workbook, or at most ${MAX_FILES} CSV files` },
    ]);
  }
  return error;
}

async function readFiles(request: FastifyRequest): Promise<UploadedFile[]> {
  if (!request.isMultipart()) {
    throw unsupportedFile('Send the register as multipart/form-data, with the file in a part named "file".');
  }
  const files: UploadedFile[] = [];
  try {
    const parts = request.parts({
      limits: { fileSize: IMPORT_MAX_BYTES, files: MAX_FILES, fields: 4, parts: MAX_FILES + 4, fieldSize: 1024 },
    });
    for await (const part of parts) {
      if (part.type !== 'file') continue;
      const bytes = await part.toBuffer();
      const name = safeFileName(part.filename, `register-${files.length + 1}`);
      if (bytes.length === 0) throw invalid(`${name} is empty.`, [{ name: 'file', reason: `${name} is empty` }]);
      files.push(await acceptedFile(name, bytes));
    }
  } catch (error) {
    throw multipartProblem(error);
  }
  if (files.length === 0) throw invalid('No file was uploaded.', [{ name: 'file', reason: 'Choose a file to import' }]);
  return files;
}

export async function importRoutes(app: FastifyInstance, options: ImportRouteOptions): Promise<void> {
  await app.register(multipart, { limits: { fileSize: IMPORT_MAX_BYTES, files: MAX_FILES } });

  app.post('/imports', async (request) => {
    const at = request.url.indexOf('?');
    const { dryRun } = parseQuery(importQuerySchema, new URLSearchParams(at < 0 ? '' : request.url.slice(at + 1)));
    const user = await options.userOf(request);
    const refusal = importRefusal(user);
    if (refusal) throw refusal;
    const files = await readFiles(request);
    return options.imports.run(files, user, { dryRun: dryRun === 'true' });
  });

  app.get('/imports/templates/:name', async (request, reply) => {
    const name = (request.params as { name?: string }).name ?? '';
    if (!(IMPORT_TEMPLATE_NAMES as readonly string[]).includes(name)) {
      throw notFound(`There is no template called "${name}". Templates: ${IMPORT_TEMPLATE_NAMES.join(', ')}.`);
    }
    const template = name as ImportTemplateName;
    reply.header('Content-Disposition', `attachment; filename="${template}"`);
    if (template === 'register-template.xlsx') {
      return reply.type(XLSX_TYPE).send(Buffer.from(await (await templateXlsx()).arrayBuffer()));
    }
    const sheet = template === 'contracts-template.csv' ? 'Contracts' : 'Commitments';
    return reply.type('text/csv; charset=utf-8').send(templateCsv(sheet));
  });
}
