import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, type RequestHandler } from 'msw';
import { DEMO_USER_HEADER, PROBLEM_CONTENT_TYPE, type Problem } from '@/lib/contract';

const MAX_BODY_BYTES = 1_000_000;
const LOOPBACK_ORIGIN = /^https?:\/\/(localhost|127(?:\.\d{1,3}){3}|\[::1\])(:\d+)?$/;

const ABOUT = [
  'Social Value Monitor mock API',
  '',
  'The API is under /api/v1 (for example /api/v1/contracts).',
  'Its OpenAPI 3.1 description: /api/v1/openapi.json',
  'Health check: /healthz',
  '',
].join('\n');

/**
 * CORS for local development: the app on any loopback origin (the Vite dev server or preview)
 * may call the API and read the download file name and how long a busy server asks it to wait
 * (`Retry-After`, which the app's retry policy honours). Other origins get no CORS headers.
 */
function corsHeaders(origin: string | undefined): Record<string, string> {
  if (!origin || !LOOPBACK_ORIGIN.test(origin)) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': 'GET, HEAD, POST, OPTIONS',
    'Access-Control-Allow-Headers': `Content-Type, ${DEMO_USER_HEADER}`,
    'Access-Control-Expose-Headers': 'Content-Disposition, Retry-After',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
}

class BodyTooLarge extends Error {}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** A Node request as a Fetch `Request`, which is what the msw handlers answer. */
async function toFetchRequest(request: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  // HEAD is answered as GET without the body (RFC 9110 9.3.2): the handlers need only know GET.
  const method = request.method === 'HEAD' ? 'GET' : (request.method ?? 'GET');
  const body = method === 'GET' ? undefined : new Uint8Array(await readBody(request));
  return new Request(new URL(request.url ?? '/', origin), { method, headers, body });
}

function problem(status: number, title: string, detail: string, instance: string): Response {
  const body: Problem = {
    type: `urn:svm:problem:${status === 404 ? 'not-found' : 'server'}`,
    title,
    status,
    detail,
    instance,
  };
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': PROBLEM_CONTENT_TYPE } });
}

async function respond(
  handlers: readonly RequestHandler[],
  request: IncomingMessage,
  origin: string,
): Promise<Response> {
  const path = new URL(request.url ?? '/', origin).pathname;
  if (request.method === 'OPTIONS') return new Response(null, { status: 204 });
  const reads = request.method === 'GET' || request.method === 'HEAD';
  if (reads && path === '/') return new Response(ABOUT, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  if (reads && path === '/healthz') return Response.json({ status: 'ok' });
  let fetchRequest: Request;
  try {
    fetchRequest = await toFetchRequest(request, origin);
  } catch (error) {
    if (error instanceof BodyTooLarge) return problem(413, 'Request too large', 'The request body is over 1 MB.', path);
    throw error;
  }
  const response = await getResponse([...handlers], fetchRequest);
  return (
    response ??
    problem(404, 'Not found', `There is nothing at ${request.method ?? 'GET'} ${path}. The API is under /api/v1.`, path)
  );
}

async function send(response: Response, cors: Record<string, string>, out: ServerResponse, head: boolean) {
  const headers: Record<string, string> = { ...cors };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
  // HEAD says how long the body would be, and sends none.
  if (head && body) headers['content-length'] = String(body.length);
  out.writeHead(response.status, headers);
  out.end(head ? undefined : body);
}

/**
 * A plain Node HTTP server that passes every request to the same msw handlers the browser and
 * the tests use, so the three hosts cannot drift apart.
 */
export function createMockHttpServer(handlers: readonly RequestHandler[]): Server {
  return createServer((request, out) => {
    const origin = `http://${request.headers.host ?? 'localhost'}`;
    const cors = corsHeaders(request.headers.origin);
    respond(handlers, request, origin)
      .catch((error: unknown) =>
        problem(
          500,
          'Something went wrong',
          `The mock API failed: ${error instanceof Error ? error.message : String(error)}`,
          request.url ?? '/',
        ),
      )
      .then((response) => send(response, cors, out, request.method === 'HEAD'))
      .catch(() => out.destroy());
  });
}

/** Starts listening; resolves with the base URL (port 0 picks a free port). */
export function listen(server: Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve(`http://${shownHost}:${address.port}`);
    });
  });
}

export function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
