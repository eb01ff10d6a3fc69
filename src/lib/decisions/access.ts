import type { Role, User } from '@/lib/contract';
import { forbidden, notFound, unauthenticated, type ApiProblem } from '@/lib/contract/problems';

export const ROLE_NAME: Record<Role | 'supplier', string> = {
  director: 'director',
  'contract-manager': 'contract manager',
  auditor: 'auditor',
  supplier: 'supplier',
};

/** 401: the request names a (demo) user that does not exist. */
export function unknownUser(userId: string): ApiProblem {
  return unauthenticated(`There is no demo user with the id "${userId}". Choose a user from the reference data.`);
}

/** Only contract managers decide on evidence; the refusal for anyone else (null when they may). */
export function decisionRefusal(user: User): ApiProblem | null {
  if (user.role === 'contract-manager') return null;
  return forbidden(
    `Only contract managers can verify, reject or query evidence. ${user.name} is signed in as ${
      user.role === 'auditor' ? 'an' : 'a'
    } ${ROLE_NAME[user.role]}.`,
  );
}

/** 404: no evidence with this id (for its detail, its file and decisions on it). */
export function evidenceNotFound(id: string): ApiProblem {
  return notFound(`There is no evidence with the id "${id}".`);
}
