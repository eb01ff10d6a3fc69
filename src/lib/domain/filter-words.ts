import type { ContractStatus, Period, VerificationStatus } from '@/lib/contract';
import { contractStatusLabel, periodLabel, quarterLabel, verificationStatusLabel } from '@/lib/format';
import { boroughName, measureName, themeName, userName, type ReferenceLists } from './reference-index';

type Reference = ReferenceLists | undefined;

/**
 * Each filter in words, said the same way wherever it is shown: the register's tags, the queue's
 * tags, table captions and the description inside every export. 'Borough: Liverpool, Sefton'.
 */
export const filterWords = {
  boroughs: (codes: readonly string[], reference: Reference) =>
    `Borough: ${codes.map((code) => boroughName(reference, code)).join(', ')}`,
  themes: (ids: readonly string[], reference: Reference) =>
    `Theme: ${ids.map((id) => themeName(reference, id)).join(', ')}`,
  period: (period: Period) => `Period: ${periodLabel(period)}`,
  contractStatuses: (statuses: readonly ContractStatus[]) => `Status: ${statuses.map(contractStatusLabel).join(', ')}`,
  evidenceStatuses: (statuses: readonly VerificationStatus[]) =>
    `Status: ${statuses.map(verificationStatusLabel).join(', ')}`,
  manager: (id: string, reference: Reference) => `Contract manager: ${userName(reference, id)}`,
  measure: (code: string, reference: Reference) => `Measure: ${measureName(reference, code)}`,
  quarter: (quarter: string) => `Quarter: ${quarterLabel(quarter)}`,
  olderThan: (days: number) => `Waiting over ${days} days`,
};
