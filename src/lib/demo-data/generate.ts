import type { SupplierReturn } from '@/lib/contract';
import { claimedSteps } from './claims';
import { generateCommitments } from './commitments';
import { generateContracts } from './contracts';
import type { Dataset } from './dataset';
import { isoDate } from './dates';
import { behaviour, submissions } from './delivery';
import { attachEvidence, EvidenceSink } from './evidence';
import { fromSteps } from './quantities';
import { quarterAt } from './quarters';
import { Random } from './random';
import { buildReference, FIRST_FINANCIAL_YEAR } from './reference';
import { supplierPool } from './suppliers';

export interface GenerateOptions {
  seed?: number;
  contracts?: number;
}

/**
 * The demo data set: contracts with their commitments, quarterly returns, evidence and audit
 * trail, as of 31 October 2026. The same seed and size always give the same data, so that
 * decisions replayed from a log land on the same records.
 *
 * Records come grouped by contract (and returns by commitment, in quarter order); the audit
 * trail of each piece of evidence is in time order, but the whole trail is not sorted by time.
 */
export function generateDataset({ seed = 1, contracts: count = 250 }: GenerateOptions = {}): Dataset {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number, got ${seed}`);
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`contracts must be a whole number, got ${count}`);
  const r = new Random(seed);
  const contracts = generateContracts(r, count, supplierPool(r, count));
  const commitments: Dataset['commitments'] = [];
  const returns: SupplierReturn[] = [];
  const sink = new EvidenceSink();
  let lastYear = FIRST_FINANCIAL_YEAR;
  for (const contract of contracts) {
    const supplierBehaviour = behaviour(r);
    const { firstSerial, lastSerial } = contract;
    lastYear = Math.max(lastYear, Math.floor(lastSerial / 4));
    const sent = submissions(r, supplierBehaviour, firstSerial, lastSerial);
    for (const { commitment, measure } of generateCommitments(r, contract)) {
      commitments.push(commitment);
      const claims = claimedSteps(r, commitment.profile, measure.unit, supplierBehaviour, sent);
      sent.forEach(({ status, submittedDay }, i) => {
        const quarter = quarterAt(firstSerial + i);
        const returnId = `r-${String(returns.length + 1).padStart(7, '0')}`;
        const claimed = claims[i] ?? 0;
        const attached =
          submittedDay !== null && claimed > 0
            ? attachEvidence(
                r,
                {
                  contract: contract.record,
                  supplier: contract.supplier,
                  behaviour: supplierBehaviour,
                  measure,
                  commitmentId: commitment.id,
                  returnId,
                  area: commitment.area,
                  quarter,
                  submittedDay,
                },
                claimed,
                sink,
              )
            : { count: 0, verifiedSteps: 0 };
        returns.push({
          id: returnId,
          contractId: contract.record.id,
          commitmentId: commitment.id,
          measureCode: measure.code,
          area: commitment.area,
          quarter: quarter.id,
          claimed: fromSteps(claimed, measure.unit),
          verified: fromSteps(attached.verifiedSteps, measure.unit),
          dueOn: quarter.dueOn,
          submittedOn: submittedDay === null ? null : isoDate(submittedDay),
          status,
          evidenceCount: attached.count,
        });
      });
    }
  }
  return {
    seed,
    reference: buildReference(lastYear),
    contracts: contracts.map((c) => c.record),
    commitments,
    returns,
    evidence: sink.evidence,
    audit: sink.audit,
  };
}
