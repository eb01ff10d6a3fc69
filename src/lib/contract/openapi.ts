import { z } from 'zod';
import {
  auditEventSchema,
  auditQuerySchema,
  contractDetailSchema,
  contractsQuerySchema,
  contractSummarySchema,
  dashboardQuerySchema,
  dashboardSummarySchema,
  decisionRequestSchema,
  DEMO_USER_HEADER,
  evidenceDetailSchema,
  evidenceQuerySchema,
  evidenceSchema,
  figuresSchema,
  pageSchema,
  PROBLEM_CONTENT_TYPE,
  problemSchema,
  referenceDataSchema,
  supplierReturnSchema,
  supplierSchema,
  userSchema,
  commitmentWithFiguresSchema,
  contractViewQuerySchema,
} from './index';

type JsonSchema = z.core.JSONSchema.BaseSchema;
interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header';
  required: boolean;
  description?: string;
  schema: JsonSchema;
  style?: 'form';
  explode?: boolean;
}
type MediaTypes = Record<string, { schema: JsonSchema }>;
interface ResponseObject {
  description: string;
  content?: MediaTypes;
  headers?: Record<string, { description: string; schema: JsonSchema }>;
}
interface Operation {
  operationId: string;
  summary: string;
  tags: string[];
  parameters?: Parameter[];
  requestBody?: { required: boolean; content: MediaTypes };
  responses: Record<string, ResponseObject>;
}
export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  jsonSchemaDialect: string;
  servers: { url: string; description: string }[];
  paths: Record<string, Partial<Record<'get' | 'post', Operation>>>;
  components: { schemas: Record<string, JsonSchema> };
}

const DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** Resources named in `components.schemas`; anything nested in them that is listed here becomes a `$ref`. */
const COMPONENTS = {
  User: userSchema,
  ReferenceData: referenceDataSchema,
  Figures: figuresSchema,
  DashboardSummary: dashboardSummarySchema,
  Supplier: supplierSchema,
  ContractSummary: contractSummarySchema,
  ContractPage: pageSchema(contractSummarySchema),
  CommitmentWithFigures: commitmentWithFiguresSchema,
  SupplierReturn: supplierReturnSchema,
  ContractDetail: contractDetailSchema,
  Evidence: evidenceSchema,
  EvidencePage: pageSchema(evidenceSchema),
  AuditEvent: auditEventSchema,
  AuditPage: pageSchema(auditEventSchema),
  EvidenceDetail: evidenceDetailSchema,
  DecisionRequest: decisionRequestSchema,
  Problem: problemSchema,
} satisfies Record<string, z.ZodType>;
type ComponentName = keyof typeof COMPONENTS;

const PARAMETER_NOTES: Record<string, string> = {
  borough: 'ONS code of a borough; repeat for several.',
  theme: 'Theme id; repeat for several.',
  period: '`all`, a financial year (`2025-26`) or a quarter (`2025-26-Q2`).',
  status: 'Repeat for several.',
  rag: 'Repeat for several.',
  q: 'Free text matched against reference, title, supplier, company number and manager.',
  manager: "A contract manager's user id.",
  basis: 'What RAG and percentages compare with expected: verified (default) or claimed.',
  sort: 'Column to sort by; prefix `-` for descending.',
  olderThan: 'Only evidence uploaded more than this many days before the data set is as of.',
  contractId: 'A contract id (the audit log also accepts its reference).',
  from: 'First date included.',
  to: 'Last date included.',
};

/** Component and parameter schemas live inside the document, which names the dialect once. */
function withoutMeta(schema: JsonSchema): JsonSchema {
  const rest = { ...schema };
  delete rest.$schema;
  delete rest.$id;
  return rest;
}

function componentSchemas(): Record<ComponentName, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'output',
    uri: (id) => `#/components/schemas/${id}`,
  });
  const out = {} as Record<ComponentName, JsonSchema>;
  for (const id of Object.keys(COMPONENTS) as ComponentName[]) {
    const schema = schemas[id];
    if (!schema) throw new Error(`No JSON Schema was generated for ${id}`);
    out[id] = withoutMeta(schema);
  }
  return out;
}

const ref = (name: ComponentName): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const json = (name: ComponentName): MediaTypes => ({ 'application/json': { schema: ref(name) } });

/** Query parameters from a query schema's shape: the same schema the app and the mock parse with. */
function queryParameters(schema: z.ZodObject): Parameter[] {
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => {
    const fieldSchema = withoutMeta(z.toJSONSchema(field, { target: 'draft-2020-12', io: 'input' }));
    const note = PARAMETER_NOTES[name];
    return {
      name,
      in: 'query',
      required: false,
      ...(note ? { description: note } : {}),
      schema: fieldSchema,
      ...(fieldSchema.type === 'array' ? { style: 'form', explode: true } : {}),
    };
  });
}

const idParameter = (what: string): Parameter => ({
  name: 'id',
  in: 'path',
  required: true,
  description: `The ${what}'s id.`,
  schema: { type: 'string' },
});
const demoUser: Parameter = {
  name: DEMO_USER_HEADER,
  in: 'header',
  required: false,
  description: 'The demo user the request acts as (a stand-in for sign-in); the first contract manager when absent.',
  schema: { type: 'string' },
};

const problem = (description: string): ResponseObject => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: ref('Problem') } },
});
const ok = (name: ComponentName, description: string): ResponseObject => ({ description, content: json(name) });
const badQuery = { '400': problem('A query parameter is invalid; `errors` names each one.') };
const notFound = { '404': problem('There is no such resource.') };
const failure = { default: problem('An unexpected error.') };

function operation(
  operationId: string,
  summary: string,
  tag: string,
  responses: Record<string, ResponseObject>,
  extra: Partial<Operation> = {},
): Operation {
  return { operationId, summary, tags: [tag], ...extra, responses: { ...responses, ...failure } };
}

const FILE_TYPES = ['text/csv', 'text/plain', 'image/png', 'application/pdf'];

/**
 * The OpenAPI 3.1 description of the API, generated from the same zod schemas the app validates
 * responses with and the mock implements, so a real back end can be built to the same contract.
 */
export function buildOpenApiDocument(): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Social Value Monitor API',
      version: '1.0.0',
      description:
        'Social value pledged by suppliers to the Liverpool City Region Combined Authority against what they ' +
        'delivered, with the evidence behind each figure. Errors are RFC 9457 problem details.',
    },
    jsonSchemaDialect: DIALECT,
    servers: [{ url: '/api/v1', description: 'Relative to the app or the mock API server' }],
    paths: {
      '/me': {
        get: operation(
          'getMe',
          'Who the request acts as',
          'Session',
          { '200': ok('User', 'The user'), '401': problem('There is no such demo user.') },
          { parameters: [demoUser] },
        ),
      },
      '/reference': {
        get: operation('getReference', 'Boroughs, themes, measures, periods, users and the as-of date', 'Reference', {
          '200': ok('ReferenceData', 'Reference data'),
        }),
      },
      '/dashboard': {
        get: operation(
          'getDashboard',
          'Headline figures and their splits for a filter',
          'Dashboard',
          { '200': ok('DashboardSummary', 'The summary'), ...badQuery },
          { parameters: queryParameters(dashboardQuerySchema) },
        ),
      },
      '/contracts': {
        get: operation(
          'listContracts',
          'Contracts filtered, searched, sorted and paged',
          'Contracts',
          { '200': ok('ContractPage', 'A page of contracts'), ...badQuery },
          { parameters: queryParameters(contractsQuerySchema) },
        ),
      },
      '/contracts/{id}': {
        get: operation(
          'getContract',
          'One contract with its commitments and returns',
          'Contracts',
          { '200': ok('ContractDetail', 'The contract'), ...badQuery, ...notFound },
          { parameters: [idParameter('contract'), ...queryParameters(contractViewQuerySchema)] },
        ),
      },
      '/evidence': {
        get: operation(
          'listEvidence',
          'Evidence by contract, measure and quarter, or the verification queue',
          'Evidence',
          { '200': ok('EvidencePage', 'A page of evidence'), ...badQuery },
          { parameters: queryParameters(evidenceQuerySchema) },
        ),
      },
      '/evidence/{id}': {
        get: operation(
          'getEvidence',
          'One piece of evidence and its audit trail',
          'Evidence',
          { '200': ok('EvidenceDetail', 'The evidence'), ...notFound },
          { parameters: [idParameter('evidence')] },
        ),
      },
      '/evidence/{id}/file': {
        get: operation(
          'getEvidenceFile',
          'The evidence file, as an attachment',
          'Evidence',
          {
            '200': {
              description: 'The file',
              headers: {
                'Content-Disposition': {
                  description: 'attachment; filename="…" (RFC 6266), with filename* for non-ASCII names',
                  schema: { type: 'string' },
                },
              },
              content: Object.fromEntries(
                FILE_TYPES.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }]),
              ),
            },
            ...notFound,
          },
          { parameters: [idParameter('evidence')] },
        ),
      },
      '/evidence/{id}/decisions': {
        post: operation(
          'decideEvidence',
          'Verify, reject or query evidence, at the version it was read at',
          'Evidence',
          {
            '200': ok('EvidenceDetail', 'The evidence after the decision'),
            '400': problem('The decision is invalid; `errors` names each field.'),
            '401': problem('There is no such demo user.'),
            '403': problem('Only contract managers may decide on evidence.'),
            ...notFound,
            '409': problem('The evidence changed since it was read; `current` holds it now, with who changed it.'),
          },
          {
            parameters: [idParameter('evidence'), demoUser],
            requestBody: { required: true, content: json('DecisionRequest') },
          },
        ),
      },
      '/audit': {
        get: operation(
          'listAudit',
          'Audit events, filtered and paged',
          'Audit',
          { '200': ok('AuditPage', 'A page of audit events'), ...badQuery },
          { parameters: queryParameters(auditQuerySchema) },
        ),
      },
      '/openapi.json': {
        get: operation('getOpenApi', 'This document', 'Reference', {
          '200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } },
        }),
      },
      '/demo/reset': {
        post: operation('resetDemo', 'Restore the demo data to its generated state (mock API only)', 'Demo', {
          '204': { description: 'Reset' },
        }),
      },
    },
    components: { schemas: componentSchemas() },
  };
}

let cached: OpenApiDocument | null = null;

/** The document, built once on first request (generating it walks every schema). */
export function openApiDocument(): OpenApiDocument {
  cached ??= buildOpenApiDocument();
  return cached;
}
