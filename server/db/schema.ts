/**
 * The database schema (Drizzle), the one definition the migrations are generated from
 * (`npm run db:generate`). Quantities are double precision, as the contract's numbers are;
 * sums are taken as numeric in SQL so that they are exact before they become numbers again.
 * `ordinal` columns keep the order records were created in, which is the order every list
 * breaks ties by and the order figures are added up in (so sums match the in-memory mock).
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const isoDate = (name: string) => date(name, { mode: 'string' });
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'string', precision: 3 });

/** One row: what the data is "as of", and a version every write bumps (caches compare it). */
export const settings = pgTable('settings', {
  id: integer('id').primaryKey().default(1),
  asOf: isoDate('as_of').notNull(),
  reportingQuarter: text('reporting_quarter').notNull(),
  firstFinancialYear: integer('first_financial_year').notNull(),
  lastFinancialYear: integer('last_financial_year').notNull(),
  /** What the demo data was generated from, when it was (null for an authority's own data). */
  demoSeed: integer('demo_seed'),
  demoContracts: integer('demo_contracts'),
  dataVersion: bigint('data_version', { mode: 'number' }).notNull().default(0),
});

export const measures = pgTable('measures', {
  code: text('code').primaryKey(),
  ordinal: integer('ordinal').notNull(),
  name: text('name').notNull(),
  theme: text('theme').notNull(),
  unit: text('unit').notNull(),
  headline: text('headline'),
  proxyValue: doublePrecision('proxy_value').notNull(),
});

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  ordinal: integer('ordinal').notNull(),
  name: text('name').notNull(),
  role: text('role').notNull(),
});

export const suppliers = pgTable(
  'suppliers',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    companyNumber: text('company_number').notNull(),
    sme: boolean('sme').notNull(),
    vcse: boolean('vcse').notNull(),
  },
  (t) => [uniqueIndex('suppliers_company_number').on(t.companyNumber), index('suppliers_name').on(t.name)],
);

export const contracts = pgTable(
  'contracts',
  {
    id: text('id').primaryKey(),
    ordinal: integer('ordinal').notNull(),
    reference: text('reference').notNull(),
    title: text('title').notNull(),
    supplierId: text('supplier_id')
      .notNull()
      .references(() => suppliers.id),
    category: text('category').notNull(),
    value: doublePrecision('value').notNull(),
    startDate: isoDate('start_date').notNull(),
    endDate: isoDate('end_date').notNull(),
    status: text('status').notNull(),
    boroughs: text('boroughs').array().notNull(),
    regionWide: boolean('region_wide').notNull(),
    managerId: text('manager_id')
      .notNull()
      .references(() => users.id),
    /** Themes the contract has a commitment in (kept by the code that writes commitments). */
    themes: text('themes').array().notNull(),
    /** Lower-case reference, title, supplier, company number and manager: the register's search. */
    searchText: text('search_text').notNull(),
  },
  (t) => [
    uniqueIndex('contracts_reference').on(t.reference),
    uniqueIndex('contracts_ordinal').on(t.ordinal),
    index('contracts_status').on(t.status),
    index('contracts_manager').on(t.managerId),
    index('contracts_supplier').on(t.supplierId),
    index('contracts_boroughs').using('gin', t.boroughs),
    index('contracts_themes').using('gin', t.themes),
    index('contracts_title').on(t.title),
    index('contracts_value').on(t.value),
    index('contracts_end_date').on(t.endDate),
  ],
);

export const commitments = pgTable(
  'commitments',
  {
    id: text('id').primaryKey(),
    ordinal: integer('ordinal').notNull(),
    contractId: text('contract_id')
      .notNull()
      .references(() => contracts.id),
    measureCode: text('measure_code')
      .notNull()
      .references(() => measures.code),
    area: text('area').notNull(),
    total: doublePrecision('total').notNull(),
  },
  (t) => [
    uniqueIndex('commitments_ordinal').on(t.ordinal),
    index('commitments_contract').on(t.contractId),
    index('commitments_measure').on(t.measureCode),
    index('commitments_area').on(t.area),
  ],
);

/** A commitment's quarterly profile: what should be delivered in each quarter. */
export const commitmentProfile = pgTable(
  'commitment_profile',
  {
    commitmentId: text('commitment_id')
      .notNull()
      .references(() => commitments.id),
    /** Position in the profile (profiles are kept in quarter order). */
    position: integer('position').notNull(),
    quarter: text('quarter').notNull(),
    /** startYear * 4 + (q - 1), from `quarterSerial`: periods are ranges of it. */
    quarterSerial: integer('quarter_serial').notNull(),
    quantity: doublePrecision('quantity').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.commitmentId, t.position] }),
    index('commitment_profile_serial').on(t.quarterSerial, t.commitmentId),
  ],
);

export const supplierReturns = pgTable(
  'supplier_returns',
  {
    id: text('id').primaryKey(),
    ordinal: integer('ordinal').notNull(),
    contractId: text('contract_id')
      .notNull()
      .references(() => contracts.id),
    commitmentId: text('commitment_id')
      .notNull()
      .references(() => commitments.id),
    measureCode: text('measure_code').notNull(),
    area: text('area').notNull(),
    quarter: text('quarter').notNull(),
    quarterSerial: integer('quarter_serial').notNull(),
    claimed: doublePrecision('claimed').notNull(),
    verified: doublePrecision('verified').notNull(),
    dueOn: isoDate('due_on').notNull(),
    submittedOn: isoDate('submitted_on'),
    status: text('status').notNull(),
    evidenceCount: integer('evidence_count').notNull(),
  },
  (t) => [
    uniqueIndex('supplier_returns_ordinal').on(t.ordinal),
    index('supplier_returns_commitment').on(t.commitmentId, t.quarterSerial),
    index('supplier_returns_contract').on(t.contractId),
    index('supplier_returns_serial').on(t.quarterSerial, t.commitmentId),
  ],
);

export const evidence = pgTable(
  'evidence',
  {
    id: text('id').primaryKey(),
    ordinal: integer('ordinal').notNull(),
    returnId: text('return_id')
      .notNull()
      .references(() => supplierReturns.id),
    contractId: text('contract_id')
      .notNull()
      .references(() => contracts.id),
    commitmentId: text('commitment_id')
      .notNull()
      .references(() => commitments.id),
    measureCode: text('measure_code').notNull(),
    area: text('area').notNull(),
    quarter: text('quarter').notNull(),
    type: text('type').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    uploadedAt: text('uploaded_at').notNull(),
    claimedQuantity: doublePrecision('claimed_quantity').notNull(),
    verifiedQuantity: doublePrecision('verified_quantity').notNull(),
    status: text('status').notNull(),
    version: integer('version').notNull(),
    narrative: text('narrative'),
    /** Where the file's bytes are in the file store (`demo:` keys are generated on demand). */
    fileKey: text('file_key').notNull(),
  },
  (t) => [
    uniqueIndex('evidence_ordinal').on(t.ordinal),
    index('evidence_status_uploaded').on(t.status, t.uploadedAt),
    index('evidence_uploaded').on(t.uploadedAt),
    index('evidence_contract').on(t.contractId),
    index('evidence_commitment').on(t.commitmentId),
    index('evidence_return').on(t.returnId),
    index('evidence_quarter').on(t.quarter),
    index('evidence_measure').on(t.measureCode),
  ],
);

/** Every decision on evidence, as made: who, what, on which version. */
export const decisions = pgTable(
  'decisions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    evidenceId: text('evidence_id')
      .notNull()
      .references(() => evidence.id),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    decision: text('decision').notNull(),
    comment: text('comment').notNull(),
    verifiedQuantity: doublePrecision('verified_quantity'),
    /** The version the decision was made on; the evidence is at version + 1 after it. */
    version: integer('version').notNull(),
    at: instant('at').notNull(),
  },
  (t) => [index('decisions_evidence').on(t.evidenceId)],
);

/**
 * The audit trail: append-only. A trigger refuses UPDATE and DELETE for every role, and the
 * migration revokes them from PUBLIC, so not even the service's own role can rewrite history.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    id: text('id').notNull(),
    /** ISO 8601 in UTC, exactly as the contract carries it (so it sorts as time and round-trips). */
    at: text('at').notNull(),
    userId: text('user_id').notNull(),
    userName: text('user_name').notNull(),
    role: text('role').notNull(),
    evidenceId: text('evidence_id').notNull(),
    contractId: text('contract_id').notNull(),
    contractReference: text('contract_reference').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    verifiedQuantity: doublePrecision('verified_quantity'),
    comment: text('comment').notNull(),
  },
  (t) => [
    uniqueIndex('audit_events_id').on(t.id),
    index('audit_events_at').on(t.at, t.seq),
    index('audit_events_evidence').on(t.evidenceId, t.seq),
    index('audit_events_contract').on(t.contractId),
    index('audit_events_user').on(t.userId),
    index('audit_events_action').on(t.action, t.at),
    check('audit_events_action_known', sql`${t.action} in ('uploaded', 'verify', 'reject', 'query')`),
  ],
);

export * from './schema-imports';
