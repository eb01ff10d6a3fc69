import { useParams } from 'react-router';
import { ContractPage, type RenderEvidence } from '@/features/contracts';
import { EvidenceItem } from '@/features/evidence';

// The item sits under the drill-down's h2 sections, so its heading is an h2 as well.
const renderEvidence: RenderEvidence = (evidenceId, { headingRef }) => (
  <EvidenceItem evidenceId={evidenceId} headingLevel={2} headingRef={headingRef} />
);

/**
 * `/contracts/:contractId`: the contracts feature's contract page with the evidence feature's
 * panel composed into its drill-down (features do not import each other; the app joins them).
 */
export function Component() {
  const { contractId = '' } = useParams();
  // Keyed by id so moving between contracts starts each page afresh (focus, drill-down state).
  return <ContractPage key={contractId} contractId={contractId} renderEvidence={renderEvidence} />;
}
