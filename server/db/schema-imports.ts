/**
 * Imports of the contract register: each run (who, when, which files, what it did) and every
 * field it changed (old and new). Both are append-only, as the audit trail is: they are the
 * record of how the register came to be what it is.
 */
import { sql } from 'drizzle-orm';
import { bigserial, check, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';

export const importRuns = pgTable(
  'import_runs',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    id: text('id').notNull().unique(),
    /** ISO 8601 in UTC, as the contract carries instants. */
    at: text('at').notNull(),
    userId: text('user_id').notNull(),
    files: text('files').array().notNull(),
    /** Created, updated and unchanged counts of contracts, commitments and suppliers. */
    counts: jsonb('counts').notNull(),
    changeCount: integer('change_count').notNull(),
  },
  (t) => [index('import_runs_at').on(t.at)],
);

export const importChanges = pgTable(
  'import_changes',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    runId: text('run_id')
      .notNull()
      .references(() => importRuns.id),
    subject: text('subject').notNull(),
    key: text('key').notNull(),
    field: text('field').notNull(),
    fromValue: text('from_value'),
    toValue: text('to_value').notNull(),
  },
  (t) => [
    index('import_changes_run').on(t.runId, t.seq),
    index('import_changes_key').on(t.subject, t.key),
    check('import_changes_subject_known', sql`${t.subject} in ('contract', 'commitment', 'supplier')`),
  ],
);
