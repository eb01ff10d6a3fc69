// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeError, isChunkLoadError } from '@/lib/api/describe-error';
import { NetworkError, ProblemError } from '@/lib/api/errors';

const problem = (status: number, extra: Partial<ProblemError['problem']> = {}) =>
  new ProblemError('/evidence/E-1/decisions', { type: 'about:blank', title: 'x', status, ...extra });

describe('describeError', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('names the parameters a 400 rejected', () => {
    const error = problem(400, { errors: [{ name: 'borough', reason: 'not a borough code' }] });
    expect(describeError(error).message).toBe(
      'Something in the request is not valid (borough: not a borough code). Check the filters or the web address, then try again.',
    );
  });

  it('explains a 403 in terms of roles', () => {
    expect(describeError(problem(403))).toEqual({
      title: 'You do not have permission to do this',
      message: 'Your role does not allow it. Ask someone with the right role, or act as a different user.',
      retryable: false,
    });
  });

  it('tells a 503 without Retry-After to wait a few minutes', () => {
    expect(describeError(problem(503)).message).toBe('Try again in a few minutes.');
  });

  it('says so when the browser is offline', () => {
    vi.stubGlobal('navigator', { ...navigator, onLine: false });
    expect(describeError(new NetworkError('/contracts')).title).toBe('You appear to be offline');
  });

  it('recognises a route chunk that failed to load and asks for a reload', () => {
    const error = new TypeError('Failed to fetch dynamically imported module: https://x/assets/register-abc.js');
    expect(isChunkLoadError(error)).toBe(true);
    expect(describeError(error).message).toMatch(/Reload the page/);
  });

  it('never passes on an unknown error’s own message', () => {
    const description = describeError(new Error('Cannot read properties of undefined (reading "items")'));
    expect(description.title).toBe('Something went wrong');
    expect(description.message).not.toMatch(/undefined|items/);
  });
});
