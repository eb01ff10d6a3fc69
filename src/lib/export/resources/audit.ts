import type { AuditEvent } from '@/lib/contract';
import { AUDIT_ACTION_LABELS, roleLabel, verificationStatusLabel } from '@/lib/format';
import type { ResourceColumn } from './resource-column';

/** The audit log's columns for export; `tableColumn` ids are the audit table's column ids. */
export const auditColumns: readonly ResourceColumn<AuditEvent>[] = [
  { id: 'at', tableColumn: 'at', header: 'When (UTC)', type: 'datetime', value: (a) => a.at },
  { id: 'userName', tableColumn: 'who', header: 'Who', type: 'text', value: (a) => a.userName },
  { id: 'role', tableColumn: 'who', header: 'Role', type: 'text', value: (a) => roleLabel(a.role) },
  { id: 'evidenceId', tableColumn: 'evidence', header: 'Evidence ID', type: 'text', value: (a) => a.evidenceId },
  {
    id: 'contractReference',
    tableColumn: 'evidence',
    header: 'Contract reference',
    type: 'text',
    value: (a) => a.contractReference,
  },
  { id: 'action', tableColumn: 'action', header: 'Action', type: 'text', value: (a) => AUDIT_ACTION_LABELS[a.action] },
  {
    id: 'fromStatus',
    tableColumn: 'status',
    header: 'From status',
    type: 'text',
    value: (a) => (a.fromStatus ? verificationStatusLabel(a.fromStatus) : null),
  },
  {
    id: 'toStatus',
    tableColumn: 'status',
    header: 'To status',
    type: 'text',
    value: (a) => verificationStatusLabel(a.toStatus),
  },
  {
    id: 'verifiedQuantity',
    tableColumn: 'action',
    header: 'Verified quantity',
    type: 'number',
    value: (a) => a.verifiedQuantity,
  },
  { id: 'comment', tableColumn: 'comment', header: 'Comment', type: 'text', value: (a) => a.comment },
];
