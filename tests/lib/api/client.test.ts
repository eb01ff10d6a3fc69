// @vitest-environment happy-dom
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  apiGet,
  apiPost,
  apiUrl,
  describeError,
  MalformedResponseError,
  NetworkError,
  ProblemError,
  SchemaError,
  TimeoutError,
} from '@/lib/api/client';
import { setDemoUserId } from '@/lib/api/demo-user';
import { DEMO_USER_HEADER, pageSchema } from '@/lib/contract';
import { server } from '@mocks/node';

const itemSchema = z.object({ id: z.string(), value: z.number() });
const listSchema = pageSchema(itemSchema);
const page = (items: unknown[]) => ({ items, page: 1, pageSize: 25, total: items.length, pageCount: 1 });

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the request to fail');
}

describe('apiGet', () => {
  it('returns the parsed body, sending the query, Accept and demo user headers', async () => {
    let seen: { url: URL; accept: string | null; user: string | null } | undefined;
    server.use(
      http.get('*/api/v1/things', ({ request }) => {
        seen = {
          url: new URL(request.url),
          accept: request.headers.get('Accept'),
          user: request.headers.get(DEMO_USER_HEADER),
        };
        return HttpResponse.json(page([{ id: 'a', value: 3 }]));
      }),
    );
    setDemoUserId('u-auditor-1');

    const data = await apiGet('/things', listSchema, { params: new URLSearchParams('borough=E08000012&page=2') });

    expect(data.items).toEqual([{ id: 'a', value: 3 }]);
    expect(seen?.url.pathname).toBe('/api/v1/things');
    expect(seen?.url.searchParams.getAll('borough')).toEqual(['E08000012']);
    expect(seen?.accept).toBe('application/json');
    expect(seen?.user).toBe('u-auditor-1');
  });

  it('sends no demo user header until one is chosen, so the server uses its default', async () => {
    let user: string | null = 'unset';
    server.use(
      http.get('*/api/v1/things', ({ request }) => {
        user = request.headers.get(DEMO_USER_HEADER);
        return HttpResponse.json(page([]));
      }),
    );
    await apiGet('/things', listSchema);
    expect(user).toBeNull();
  });

  it('names the path and field of a body that does not match the contract', async () => {
    server.use(
      http.get('*/api/v1/things', () =>
        HttpResponse.json(
          page([
            { id: 'a', value: 1 },
            { id: 'b', value: 2 },
            { id: 'c', value: 3 },
            { id: 'd', value: 'lots' },
          ]),
        ),
      ),
    );

    const error = await failure(apiGet('/things', listSchema));

    expect(error).toBeInstanceOf(SchemaError);
    const issues = (error as SchemaError).issues;
    expect(issues).toEqual([{ path: 'items[3].value', field: 'value', message: 'expected number, received string' }]);
    expect(describeError(error)).toEqual({
      title: 'The data could not be shown',
      message: expect.stringContaining('(things: items[3].value)') as unknown,
      retryable: false,
    });
  });

  it('turns a 404 problem+json into a ProblemError with its title', async () => {
    server.use(
      http.get('*/api/v1/contracts/:id', () =>
        HttpResponse.json(
          { type: 'https://svm.example/problems/not-found', title: 'Contract not found', status: 404 },
          { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );

    const error = await failure(apiGet('/contracts/C-404', itemSchema));

    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).status).toBe(404);
    expect((error as ProblemError).problem.title).toBe('Contract not found');
    expect(describeError(error).title).toBe('Not found');
  });

  it('turns a 500 with an HTML body into a ProblemError with a made-up title', async () => {
    server.use(
      http.get('*/api/v1/things', () =>
        HttpResponse.html('<h1>Internal Server Error</h1><pre>at Object.<anonymous> (server.js:1)</pre>', {
          status: 500,
          statusText: 'Internal Server Error',
        }),
      ),
    );

    const error = await failure(apiGet('/things', listSchema));

    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).problem).toEqual({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
    });
    const description = describeError(error);
    expect(description.retryable).toBe(true);
    expect(`${description.title} ${description.message}`).not.toMatch(/server\.js|<|anonymous/);
  });

  it('says how long to wait when a 503 carries Retry-After', async () => {
    server.use(
      http.get('*/api/v1/things', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Busy', status: 503 },
          { status: 503, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '30' } },
        ),
      ),
    );

    const error = await failure(apiGet('/things', listSchema));

    expect((error as ProblemError).retryAfterSeconds).toBe(30);
    expect(describeError(error)).toEqual({
      title: 'The service is busy',
      message: 'Try again in 30 seconds.',
      retryable: true,
    });
  });

  it('reports a body that is not JSON as malformed', async () => {
    server.use(
      http.get(
        '*/api/v1/things',
        () => new HttpResponse('{"items": [', { headers: { 'Content-Type': 'application/json' } }),
      ),
    );

    const error = await failure(apiGet('/things', listSchema));

    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(describeError(error).title).toBe('The data could not be read');
  });

  it('gives up after the timeout with a TimeoutError', async () => {
    server.use(
      http.get('*/api/v1/things', async () => {
        await delay(2_000);
        return HttpResponse.json(page([]));
      }),
    );

    const error = await failure(apiGet('/things', listSchema, { timeoutMs: 50 }));

    expect(error).toBeInstanceOf(TimeoutError);
    expect(describeError(error).title).toBe('The service took too long to answer');
  });

  it('reports a failed connection as a NetworkError', async () => {
    server.use(http.get('*/api/v1/things', () => HttpResponse.error()));

    const error = await failure(apiGet('/things', listSchema));

    expect(error).toBeInstanceOf(NetworkError);
    expect(describeError(error)).toMatchObject({ title: 'The service could not be reached', retryable: true });
  });

  it('rethrows the caller’s abort as an AbortError, not as a failure', async () => {
    server.use(
      http.get('*/api/v1/things', async () => {
        await delay(2_000);
        return HttpResponse.json(page([]));
      }),
    );
    const controller = new AbortController();

    const pending = failure(apiGet('/things', listSchema, { signal: controller.signal }));
    controller.abort();
    const error = await pending;

    expect(error).toBe(controller.signal.reason);
    expect(error).toMatchObject({ name: 'AbortError' });
  });
});

describe('apiPost', () => {
  it('sends JSON and parses the answer', async () => {
    let body: unknown;
    let contentType: string | null = null;
    server.use(
      http.post('*/api/v1/things', async ({ request }) => {
        body = await request.json();
        contentType = request.headers.get('Content-Type');
        return HttpResponse.json({ id: 'new', value: 7 }, { status: 201 });
      }),
    );

    const created = await apiPost('/things', { value: 7 }, itemSchema);

    expect(created).toEqual({ id: 'new', value: 7 });
    expect(body).toEqual({ value: 7 });
    expect(contentType).toBe('application/json');
  });

  it('accepts an empty 204 answer when the schema allows no body', async () => {
    server.use(http.post('*/api/v1/demo/reset', () => new HttpResponse(null, { status: 204 })));
    await expect(apiPost('/demo/reset', {}, z.undefined())).resolves.toBeUndefined();
  });

  it('keeps the problem’s field errors and conflict detail', async () => {
    server.use(
      http.post('*/api/v1/things', () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Conflict',
            status: 409,
            detail: 'Sam Patel verified this evidence at 10:31.',
          },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );

    const error = await failure(apiPost('/things', {}, itemSchema));

    expect(describeError(error)).toEqual({
      title: 'Someone else changed this',
      message:
        'Sam Patel verified this evidence at 10:31. It changed after you opened it. Check the latest version, then try again.',
      retryable: false,
    });
  });
});

describe('apiUrl', () => {
  it('joins the base URL, path and query for links and downloads', () => {
    expect(apiUrl('/evidence/E-1/file')).toBe('/api/v1/evidence/E-1/file');
    expect(apiUrl('/contracts', new URLSearchParams([['q', 'a&b']]))).toBe('/api/v1/contracts?q=a%26b');
    expect(apiUrl('/contracts', new URLSearchParams())).toBe('/api/v1/contracts');
  });
});
