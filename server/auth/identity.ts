/**
 * Who a request acts as. For now the demo's stand-in for sign-in, as the mock API has it: the
 * `X-Demo-User` header names a user, and a request naming none acts as the first contract
 * manager. Sign-in (a session from an identity provider) replaces this module alone.
 */
import { eq } from 'drizzle-orm';
import { DEMO_USER_HEADER, type User } from '@/lib/contract';
import { unknownUser } from '@/lib/decisions';
import type { Db } from '../db/client';
import * as t from '../db/schema';

const DEFAULT_USER_ID = 'u-cm-1';
const HEADER = DEMO_USER_HEADER.toLowerCase();

export type Headers = Record<string, string | string[] | undefined>;

export interface Identity {
  /** The request's user; 401 problem when it names one that does not exist. */
  userOf(headers: Headers): Promise<User>;
}

export function createIdentity(db: Db): Identity {
  async function find(id: string): Promise<User | undefined> {
    const [row] = await db
      .select({ id: t.users.id, name: t.users.name, role: t.users.role })
      .from(t.users)
      .where(eq(t.users.id, id))
      .limit(1);
    return row as User | undefined;
  }
  async function defaultUser(): Promise<User | undefined> {
    const [row] = await db
      .select({ id: t.users.id, name: t.users.name, role: t.users.role })
      .from(t.users)
      .where(eq(t.users.role, 'contract-manager'))
      .orderBy(t.users.ordinal)
      .limit(1);
    return (await find(DEFAULT_USER_ID)) ?? (row as User | undefined);
  }
  return {
    async userOf(headers) {
      const raw = headers[HEADER];
      const named = (Array.isArray(raw) ? raw[0] : raw)?.trim();
      const user = named ? await find(named) : await defaultUser();
      if (!user) throw unknownUser(named ?? DEFAULT_USER_ID);
      return user;
    },
  };
}
