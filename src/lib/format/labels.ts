import {
  BOROUGHS,
  REGION_WIDE,
  type Area,
  type AuditAction,
  type Category,
  type ContractStatus,
  type EvidenceType,
  type Rag,
  type Role,
  type VerificationStatus,
} from '@/lib/contract';

const RAG_LABELS: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green', 'not-due': 'Not yet due' };

/**
 * The headers of every figures breakdown (pledged to RAG), keyed as the figures are: the tables
 * on screen and their exports share them, so a file reads as the table it came from.
 */
export const FIGURE_LABELS = {
  pledged: 'Pledged',
  expected: 'Expected to date',
  claimed: 'Claimed',
  verified: 'Verified',
  pct: '% of expected',
  rag: 'RAG',
} as const;

/** RAG in words: colour is never the only signal. */
export function ragLabel(rag: Rag): string {
  return RAG_LABELS[rag];
}

const ROLE_LABELS: Record<Role | 'supplier', string> = {
  director: 'Director',
  'contract-manager': 'Contract manager',
  auditor: 'Auditor',
  supplier: 'Supplier',
};

export function roleLabel(role: Role | 'supplier'): string {
  return ROLE_LABELS[role];
}

const CONTRACT_STATUS_LABELS: Record<ContractStatus, string> = {
  mobilising: 'Mobilising',
  live: 'Live',
  closed: 'Closed',
};

export function contractStatusLabel(status: ContractStatus): string {
  return CONTRACT_STATUS_LABELS[status];
}

const VERIFICATION_STATUS_LABELS: Record<VerificationStatus, string> = {
  pending: 'Pending',
  verified: 'Verified',
  rejected: 'Rejected',
  queried: 'Queried',
};

export function verificationStatusLabel(status: VerificationStatus): string {
  return VERIFICATION_STATUS_LABELS[status];
}

const BOROUGH_NAMES = new Map<string, string>(BOROUGHS.map((b) => [b.code, b.name]));

/** A borough's name, or 'Region-wide' for outcomes delivered across the whole city region. */
export function areaLabel(area: Area): string {
  return area === REGION_WIDE ? 'Region-wide' : (BOROUGH_NAMES.get(area) ?? area);
}

export const EVIDENCE_TYPE_LABELS: Record<EvidenceType, string> = {
  'payroll-extract': 'Payroll extract',
  'apprenticeship-agreement': 'Apprenticeship agreement',
  'spend-report': 'Spend report',
  'carbon-calculation': 'Carbon calculation',
  timesheet: 'Timesheet',
  'case-study': 'Case study',
  photo: 'Photo',
  receipt: 'Receipt',
};

/** What each kind of audit event did: the audit log, its filter, an item's history and the exports all say it so. */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  uploaded: 'Uploaded',
  verify: 'Verified',
  reject: 'Rejected',
  query: 'Queried',
};

/** A category's name from the reference data, or its id if the reference data does not know it. */
export function categoryName(category: Category, categories: readonly { id: Category; name: string }[]): string {
  return categories.find((c) => c.id === category)?.name ?? category;
}
