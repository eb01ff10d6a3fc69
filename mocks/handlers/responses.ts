import { HttpResponse } from 'msw';
import type { Problem } from '@/lib/contract';
import { PROBLEM_CONTENT_TYPE } from '@/lib/contract';

export function problemResponse(problem: Problem, instance: string): Response {
  return HttpResponse.json(
    { ...problem, instance: problem.instance ?? instance },
    { status: problem.status, headers: { 'Content-Type': PROBLEM_CONTENT_TYPE } },
  );
}
