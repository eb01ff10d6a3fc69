/**
 * The one contract test suite runs against two targets, chosen by `CONTRACT_TARGET`:
 * - `mock` (the default): the msw handlers over an in-memory mock store, called in-process;
 * - `server`: the real server (Fastify) over HTTP, on a fresh database: PGlite in memory, or a
 *   new database on the PostgreSQL server `DATABASE_URL` points at.
 * Both are loaded with the same generated data (seed 1, 250 contracts), so tests may read the
 * data set to work out what an answer should be, and the two cannot drift apart unnoticed.
 */
import { getResponse } from 'msw';
import { beforeAll } from 'vitest';
import type { z } from 'zod';
import { DEMO_USER_HEADER, PROBLEM_CONTENT_TYPE, problemSchema, type Problem } from '@/lib/contract';
import type { Dataset } from '@/lib/demo-data/dataset';
import { generateDataset } from '@/lib/demo-data/generate';
import { createHandlers } from '@mocks/handlers';
import { createMockStore } from '@mocks/store';

export type ContractTarget = 'mock' | 'server';

export const CONTRACT_TARGET: ContractTarget = process.env.CONTRACT_TARGET === 'server' ? 'server' : 'mock';
export const DEMO = { seed: 1, contracts: 250 } as const;

export interface CallInit extends RequestInit {
  /** The demo user the request acts as (the `X-Demo-User` header). */
  user?: string;
}

export interface ContractApi {
  target: ContractTarget;
  /** What the target was loaded with. Never changed by the tests' requests. */
  dataset: Dataset;
  /** A request to a path under `/api/v1`. */
  call(path: string, init?: CallInit): Promise<Response>;
  /** GET, checked as 200 and parsed with the contract schema (a mismatch fails the test). */
  get<S extends z.ZodType>(path: string, schema: S, init?: CallInit): Promise<z.infer<S>>;
  /** POST of a JSON body. */
  post(path: string, body: unknown, init?: CallInit): Promise<Response>;
  close(): Promise<void>;
}

type Send = (path: string, init: RequestInit) => Promise<Response>;

function withUser(init: CallInit): RequestInit {
  const { user, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (user) headers.set(DEMO_USER_HEADER, user);
  return { ...rest, headers };
}

function contractApi(target: ContractTarget, dataset: Dataset, send: Send, close: () => Promise<void>): ContractApi {
  const call = (path: string, init: CallInit = {}) => send(path, withUser(init));
  return {
    target,
    dataset,
    call,
    async get(path, schema, init) {
      const response = await call(path, init);
      if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
      return schema.parse(await response.json());
    },
    post: (path, body, init = {}) =>
      call(path, {
        ...init,
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...Object.fromEntries(new Headers(init.headers)) },
        body: JSON.stringify(body),
      }),
    close,
  };
}

async function openMock(dataset: Dataset): Promise<ContractApi> {
  const handlers = createHandlers(createMockStore(dataset));
  return contractApi(
    'mock',
    dataset,
    async (path, init) => {
      const response = await getResponse(handlers, new Request(`http://localhost/api/v1${path}`, init));
      if (!response) throw new Error(`No handler answered ${path}`);
      return response;
    },
    async () => undefined,
  );
}

async function openServer(dataset: Dataset): Promise<ContractApi> {
  // tests/setup.ts has msw answer every request in Node; these must reach the real server.
  const { server: mockApiServer } = await import('@mocks/node');
  beforeAll(() => mockApiServer.close());
  const { startTestServer } = await import('./server');
  const server = await startTestServer(dataset, DEMO.seed);
  return contractApi('server', dataset, (path, init) => fetch(`${server.baseUrl}/api/v1${path}`, init), server.close);
}

let shared: Dataset | undefined;

/** The target this run tests, loaded with the demo data. One per test file: close it afterwards. */
export async function openContractApi(): Promise<ContractApi> {
  shared ??= generateDataset(DEMO);
  return CONTRACT_TARGET === 'server' ? openServer(shared) : openMock(shared);
}

/** Reads a problem details response, checking its status and media type. */
export async function problemOf(response: Response, status: number): Promise<Problem> {
  if (response.status !== status)
    throw new Error(`Expected ${status}, got ${response.status}: ${await response.text()}`);
  if (response.headers.get('Content-Type') !== PROBLEM_CONTENT_TYPE) {
    throw new Error(`Expected ${PROBLEM_CONTENT_TYPE}, got ${response.headers.get('Content-Type')}`);
  }
  return problemSchema.parse(await response.json());
}
