import { Page } from '@/components/layout/page';
import { ErrorState, LastUpdated, LoadingState, NotFound } from '@/components/states';
import { useReference } from '@/lib/api/reference';
import { isNotFound } from '@/lib/api/client';
import { useSearchQuery } from '@/lib/url/use-search-query';
import { useContractDetail } from '@/features/contracts/api/contract-detail';
import { ContractView } from './contract-view';
import { contractPageQuerySchema } from './contract-query';
import type { RenderEvidence } from './render-evidence';
import { useEvidenceLocation } from './use-evidence-location';

export interface ContractPageProps {
  contractId: string;
  /** The evidence panel, composed in by the app: features do not import each other. */
  renderEvidence: RenderEvidence;
}

/**
 * One contract: its facts, its commitments against delivery, and the drill-down from a
 * commitment to its quarterly returns, a quarter's evidence and one evidence item.
 */
export function ContractPage({ contractId, renderEvidence }: ContractPageProps) {
  const search = useSearchQuery(contractPageQuerySchema);
  const { basis, period } = search.query;
  const reference = useReference();
  const detail = useContractDetail(contractId, { basis, period });
  const location = useEvidenceLocation(contractId, search);

  const backToRegister = { href: '/contracts', label: 'Go to the contracts register' };
  const backToContract = { href: `/contracts/${encodeURIComponent(contractId)}`, label: 'Go to the contract' };
  if (detail.isError && isNotFound(detail.error)) return <NotFound what="contract" backTo={backToRegister} />;
  if (location.status === 'not-found') return <NotFound what="evidence" backTo={backToContract} />;
  // A failed refresh of data already on screen keeps it, saying how old it is; only a first load that fails replaces it.
  const failed =
    detail.isError && detail.data === undefined
      ? detail
      : reference.isError && reference.data === undefined
        ? reference
        : null;
  if (failed) {
    return (
      <Page title="Contract">
        <ErrorState error={failed.error} onRetry={() => void failed.refetch()} what="this contract" />
      </Page>
    );
  }
  if (detail.data === undefined || reference.data === undefined) {
    return (
      <Page title="Contract">
        <LoadingState what="contract" />
      </Page>
    );
  }
  const { commitment } = search.query;
  if (commitment !== undefined && !detail.data.commitments.some((c) => c.id === commitment)) {
    return <NotFound what="commitment" backTo={backToContract} />;
  }
  return (
    <ContractView
      detail={detail.data}
      reference={reference.data}
      search={search}
      location={location}
      updating={detail.isPlaceholderData}
      notice={
        detail.isError ? (
          <LastUpdated updatedAt={detail.dataUpdatedAt} error={detail.error} onRetry={() => void detail.refetch()} />
        ) : null
      }
      renderEvidence={renderEvidence}
    />
  );
}
