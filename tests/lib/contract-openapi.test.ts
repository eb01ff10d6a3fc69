import { describe, expect, it } from 'vitest';
import { apiPaths } from '@/lib/contract';
import { mockStore } from '@mocks/node';
import { buildOpenApiDocument } from '@/lib/contract/openapi';
import { mockApi } from '../mocks/api';

function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => (key === '$ref' && typeof v === 'string' ? [v] : refsIn(v)));
}

describe('the OpenAPI document', () => {
  const document = buildOpenApiDocument();

  it('is served as JSON that parses back to the same document', async () => {
    const response = await mockApi(mockStore).call('/openapi.json');
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(await response.text())).toEqual(JSON.parse(JSON.stringify(document)));
    expect(document.openapi).toBe('3.1.0');
  });

  it('describes every path of the API', () => {
    const templated = (path: string) => path.replace('%7Bid%7D', '{id}');
    const expected = [
      apiPaths.me,
      apiPaths.reference,
      apiPaths.dashboard,
      apiPaths.contracts,
      templated(apiPaths.contract('{id}')),
      apiPaths.evidenceList,
      templated(apiPaths.evidence('{id}')),
      templated(apiPaths.evidenceFile('{id}')),
      templated(apiPaths.evidenceDecisions('{id}')),
      apiPaths.audit,
      apiPaths.openapi,
      apiPaths.demoReset,
    ];
    expect(Object.keys(document.paths).sort()).toEqual(expected.sort());
  });

  it('resolves every schema reference to a component', () => {
    const refs = refsIn(document);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(document.components.schemas[ref.replace('#/components/schemas/', '')], ref).toBeDefined();
    }
  });

  it('gives every operation a success response and problem details for errors', () => {
    for (const [path, item] of Object.entries(document.paths)) {
      for (const operation of Object.values(item)) {
        const codes = Object.keys(operation.responses);
        expect(
          codes.some((c) => c.startsWith('2')),
          path,
        ).toBe(true);
        for (const code of codes.filter((c) => c === 'default' || c.startsWith('4'))) {
          expect(operation.responses[code]?.content?.['application/problem+json']?.schema, `${path} ${code}`).toEqual({
            $ref: '#/components/schemas/Problem',
          });
        }
      }
    }
  });

  it('lists the query parameters of each query schema, keeping formats and patterns', () => {
    const parameters = document.paths['/contracts']?.get?.parameters ?? [];
    expect(parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        'borough',
        'theme',
        'period',
        'status',
        'rag',
        'q',
        'manager',
        'basis',
        'sort',
        'page',
        'pageSize',
      ]),
    );
    expect(parameters.find((p) => p.name === 'borough')).toMatchObject({
      style: 'form',
      explode: true,
      schema: { type: 'array' },
    });
    expect(parameters.find((p) => p.name === 'page')?.schema).toMatchObject({
      type: 'integer',
      minimum: 1,
      default: 1,
    });
    expect(parameters.find((p) => p.name === 'sort')?.schema).toMatchObject({
      pattern: expect.stringContaining('reference'),
    });
    const audit = document.paths['/audit']?.get?.parameters ?? [];
    expect(audit.find((p) => p.name === 'from')?.schema).toMatchObject({ type: 'string', format: 'date' });
    const evidence = document.components.schemas.Evidence;
    expect(evidence).toMatchObject({
      properties: { uploadedAt: { format: 'date-time' }, quarter: { pattern: expect.any(String) } },
    });
  });

  it('takes a decision request body and names the demo user header', () => {
    const post = document.paths['/evidence/{id}/decisions']?.post;
    expect(post?.requestBody?.content['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/DecisionRequest',
    });
    expect(post?.parameters?.map((p) => `${p.in}:${p.name}`)).toEqual(['path:id', 'header:X-Demo-User']);
    expect(Object.keys(post?.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '400', '401', '403', '404', '409']),
    );
  });
});
