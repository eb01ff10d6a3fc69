import {
  auditEventSchema,
  auditQuerySchema,
  contractSummarySchema,
  contractsQuerySchema,
  evidenceQuerySchema,
  evidenceSchema,
  pageSchema,
  apiPaths,
} from '@/lib/contract';
import { auditColumns } from './audit';
import { contractColumns } from './contracts';
import { evidenceColumns } from './evidence';

/**
 * The API resources an export can page through: where each lives, the schema every page is
 * checked against, the query schema that writes its parameters, and its columns.
 */
export const exportResources = {
  contracts: {
    noun: 'contracts',
    path: apiPaths.contracts,
    pageSchema: pageSchema(contractSummarySchema),
    querySchema: contractsQuerySchema,
    columns: contractColumns,
  },
  evidence: {
    noun: 'evidence items',
    path: apiPaths.evidenceList,
    pageSchema: pageSchema(evidenceSchema),
    querySchema: evidenceQuerySchema,
    columns: evidenceColumns,
  },
  audit: {
    noun: 'audit events',
    path: apiPaths.audit,
    pageSchema: pageSchema(auditEventSchema),
    querySchema: auditQuerySchema,
    columns: auditColumns,
  },
} as const;

export type ExportResourceName = keyof typeof exportResources;
