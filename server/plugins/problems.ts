/**
 * Every refusal and failure as RFC 9457 problem details (`application/problem+json`), worded as
 * the mock API words them. Errors the framework raises before a route runs (a body too large,
 * of the wrong type or not JSON; a path that is not valid percent-encoding) become the 4xx they
 * are; anything unexpected is logged with the request id and answered with a generic 500 that
 * gives nothing of the server away.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE, type Problem } from '@/lib/contract';
import { ApiProblem, invalid, notFound } from '@/lib/contract/problems';
import { bodyNotJson } from '@/lib/decisions';
import { isAppRoute, sendApp } from './static-app';

const API_PREFIX = '/api/';

function pathOf(request: FastifyRequest): string {
  const url = request.url;
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, problem: Problem): FastifyReply {
  // Sent as bytes so the media type goes out exactly as the contract names it (no charset added).
  const body = Buffer.from(JSON.stringify({ ...problem, instance: problem.instance ?? pathOf(request) }));
  return reply.code(problem.status).header('Content-Type', PROBLEM_CONTENT_TYPE).send(body);
}

function frameworkProblem(error: FastifyError): ApiProblem | null {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiProblem({
        type: 'urn:svm:problem:too-large',
        title: 'Request too large',
        status: 413,
        detail: 'The request body is larger than this API accepts.',
      });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiProblem({
        type: 'urn:svm:problem:unsupported-media-type',
        title: 'Unsupported media type',
        status: 415,
        detail: 'Send the request body as application/json.',
      });
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return bodyNotJson();
    default:
      break;
  }
  // The JSON parser's own syntax errors carry a 400 and no code of their own.
  if (error instanceof SyntaxError && error.statusCode === 400) return bodyNotJson();
  return null;
}

/** The one place a thrown error becomes a response. */
function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof ApiProblem) return sendProblem(reply, request, error.problem);
  const known = frameworkProblem(error);
  if (known) return sendProblem(reply, request, known.problem);
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return sendProblem(reply, request, { type: 'urn:svm:problem:bad-request', title: 'Bad request', status });
  }
  request.log.error({ err: error }, 'request failed');
  return sendProblem(reply, request, {
    type: 'urn:svm:problem:internal',
    title: 'Something went wrong',
    status: 500,
    detail: `The server could not answer. Quote request id ${request.id} when reporting it.`,
  });
}

/**
 * A path Fastify cannot decode (`/api/v1/contracts/%FF`): the broken part is an id in every
 * route of this API, so the problem names `id`, as a bad id anywhere else would be named.
 */
export function badUrlProblem(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  if (error.code !== 'FST_ERR_BAD_URL') {
    handleError(error, request, reply);
    return;
  }
  sendProblem(
    reply,
    request,
    invalid('The path is not valid percent-encoding.', [{ name: 'id', reason: 'Must be valid percent-encoded UTF-8' }])
      .problem,
  );
}

export function registerProblems(app: FastifyInstance, options: { serveApp: boolean }): void {
  const answerNotFound = (request: FastifyRequest, reply: FastifyReply): FastifyReply => {
    const path = pathOf(request);
    if (path.startsWith(API_PREFIX) || path === '/api') {
      return sendProblem(reply, request, notFound(`There is no API at ${request.method} ${path}.`).problem);
    }
    const reads = request.method === 'GET' || request.method === 'HEAD';
    if (options.serveApp && reads && isAppRoute(path)) return sendApp(reply);
    return sendProblem(reply, request, notFound(`There is nothing at ${request.method} ${path}.`).problem);
  };
  app.setErrorHandler((error: FastifyError, request, reply) =>
    // A request for nothing is a 404 whatever its body: the body of a route that does not exist is not read.
    request.is404 ? answerNotFound(request, reply) : handleError(error, request, reply),
  );
  app.setNotFoundHandler(answerNotFound);
}
