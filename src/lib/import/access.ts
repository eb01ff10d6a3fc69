import type { User } from '@/lib/contract';
import { forbidden, type ApiProblem } from '@/lib/contract/problems';

/**
 * Who may import the contract register: contract managers (until sign-in brings an admin role).
 * The refusal for anyone else, or null; shared by the mock and the server's policy.
 */
export function importRefusal(user: User): ApiProblem | null {
  if (user.role === 'contract-manager') return null;
  return forbidden(`Only contract managers can import the contract register. ${user.name} is not a contract manager.`);
}
