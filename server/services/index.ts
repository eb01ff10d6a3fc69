import type { Db } from '../db/client';
import { createFileStore } from '../files/store';
import { createIdentity, type Identity } from '../auth/identity';
import { createAuditService, type AuditService } from './audit';
import { createDecisionService, type DecisionService } from './decisions';
import { createEvidenceService, type EvidenceService } from './evidence';
import { createReadModel, type ReadModel } from './read-model';
import { createReferenceService, type ReferenceService } from './reference';

/** Everything the routes call: one instance of each service over one database. */
export interface Services {
  identity: Identity;
  reference: ReferenceService;
  figures: ReadModel;
  evidence: EvidenceService;
  decisions: DecisionService;
  audit: AuditService;
}

export interface ServiceOptions {
  /** Where uploaded evidence files are kept (`DATA_DIR/files`). */
  filesDir: string;
  /** The clock decisions are recorded by (tests may pin it). */
  now?: () => Date;
}

export function createServices(db: Db, options: ServiceOptions): Services {
  return {
    identity: createIdentity(db),
    reference: createReferenceService(db),
    figures: createReadModel(db),
    evidence: createEvidenceService(db, createFileStore(options.filesDir)),
    decisions: createDecisionService(db, options.now),
    audit: createAuditService(db),
  };
}
