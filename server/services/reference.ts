import { asc } from 'drizzle-orm';
import type { ReferenceData, User } from '@/lib/contract';
import { buildReference } from '@/lib/demo-data/reference';
import type { Db } from '../db/client';
import * as t from '../db/schema';

export interface ReferenceService {
  reference(): Promise<ReferenceData>;
  users(): Promise<User[]>;
}

/**
 * Reference data: the fixed lists (boroughs, themes, categories, the financial-year calendar)
 * are the contract's own, built by the same function the demo data uses; what a data set
 * decides (as-of date, years covered, measures, users) comes from the database.
 */
export function createReferenceService(db: Db): ReferenceService {
  const users = async () =>
    (await db
      .select({ id: t.users.id, name: t.users.name, role: t.users.role })
      .from(t.users)
      .orderBy(asc(t.users.ordinal))) as User[];
  return {
    users,
    async reference() {
      const [settings] = await db.select().from(t.settings).limit(1);
      if (!settings) throw new Error('The database holds no data set (settings is empty).');
      const measures = await db
        .select({
          code: t.measures.code,
          name: t.measures.name,
          theme: t.measures.theme,
          unit: t.measures.unit,
          headline: t.measures.headline,
          proxyValue: t.measures.proxyValue,
        })
        .from(t.measures)
        .orderBy(asc(t.measures.ordinal));
      const base = buildReference(settings.lastFinancialYear);
      return {
        ...base,
        asOf: settings.asOf,
        reportingQuarter: settings.reportingQuarter,
        measures: measures as ReferenceData['measures'],
        financialYears: base.financialYears.filter((y) => Number(y.id.slice(0, 4)) >= settings.firstFinancialYear),
        users: await users(),
      };
    },
  };
}
