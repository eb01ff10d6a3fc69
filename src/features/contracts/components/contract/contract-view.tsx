import { useCallback, useId, useMemo, type ReactNode } from 'react';
import { Page, type Breadcrumb } from '@/components/layout/page';
import { ErrorState, LoadingState, UpdatingIndicator } from '@/components/states';
import type { ContractDetail, ReferenceData } from '@/lib/contract';
import { measureOf } from '@/lib/domain/reference-index';
import { quarterLabel } from '@/lib/format';
import type { SearchQueryState } from '@/lib/url/use-search-query';
import { commitmentLabel } from './commitment-groups';
import { CommitmentsTable } from './commitments-table';
import type { contractPageQuerySchema } from './contract-query';
import { ContractSummaryList } from './contract-summary';
import { FigureOptions } from './figure-options';
import { ReturnEvidence } from './return-evidence';
import { returnRows } from './return-rows';
import { ReturnsChart } from './returns-chart';
import { ReturnsTable } from './returns-table';
import { useFocusOnDrill } from './use-focus-on-drill';
import type { EvidenceLocation } from './use-evidence-location';
import '../contracts.css';
import type { RenderEvidence } from './render-evidence';

interface Props {
  detail: ContractDetail;
  reference: ReferenceData;
  search: SearchQueryState<typeof contractPageQuerySchema>;
  location: EvidenceLocation;
  /** New figures (another basis or period) are on their way; the old ones stay meanwhile. */
  updating: boolean;
  /** Shown above the contract: say, that a refresh failed and how old the figures are. */
  notice?: ReactNode;
  renderEvidence: RenderEvidence;
}

const TO_CONTRACT = { commitment: undefined, quarter: undefined, evidence: undefined };

/** The contract page once its data is in: facts, commitments, and the drill-down the URL asks for. */
export function ContractView({ detail, reference, search, location, updating, notice, renderEvidence }: Props) {
  const { query, setQuery, hrefFor } = search;
  const { contract } = detail;
  const headingIds = { details: useId(), commitments: useId(), returns: useId(), evidence: useId() };

  const commitment = detail.commitments.find((c) => c.id === query.commitment);
  const measure = commitment && measureOf(reference, commitment.measureCode);
  const label = commitment && commitmentLabel(commitment, reference);
  const rows = useMemo(() => (commitment ? returnRows(commitment, detail.returns) : []), [commitment, detail.returns]);
  const quarter = commitment ? query.quarter : undefined;
  const item = location.status === 'found' ? location.evidence : undefined;

  const deepest = query.evidence
    ? `item:${query.evidence}`
    : quarter
      ? `evidence:${quarter}`
      : commitment && `returns:${commitment.id}`;
  const focusRef = useFocusOnDrill(deepest);
  const focusIf = (level: string) => (deepest?.startsWith(`${level}:`) ? focusRef : undefined);

  const hrefForCommitment = useCallback((id: string) => hrefFor({ ...TO_CONTRACT, commitment: id }), [hrefFor]);
  const hrefForQuarter = useCallback((q: string) => hrefFor({ quarter: q, evidence: undefined }), [hrefFor]);
  const hrefForEvidence = useCallback((id: string) => hrefFor({ evidence: id }), [hrefFor]);

  const trail: Breadcrumb[] = [
    { label: 'Contracts', href: '/contracts' },
    { label: contract.reference, href: hrefFor(TO_CONTRACT) },
    ...(label ? [{ label, href: hrefFor({ quarter: undefined, evidence: undefined }) }] : []),
    ...(quarter ? [{ label: quarterLabel(quarter), href: hrefFor({ evidence: undefined }) }] : []),
    ...(item ? [{ label: item.fileName }] : []),
  ];
  // The last crumb is where the user is: not a link.
  const breadcrumbs = trail.map((crumb, i) => (i === trail.length - 1 ? { label: crumb.label } : crumb));
  // Deepest first, ending with the contract named in full: "file – Q3 2025/26 – measure – LCRCA-…: title".
  const title = [`${contract.reference}: ${contract.title}`, ...trail.slice(2).map((crumb) => crumb.label)]
    .reverse()
    .join(' – ');

  return (
    <Page
      title={title}
      heading={contract.title}
      description={
        <p>
          {contract.reference}, delivered by {contract.supplier.name}
        </p>
      }
      breadcrumbs={breadcrumbs}
    >
      {notice}
      <section aria-labelledby={headingIds.details}>
        <h2 id={headingIds.details}>Contract details</h2>
        <ContractSummaryList contract={contract} reference={reference} />
      </section>

      <section aria-labelledby={headingIds.commitments} aria-busy={updating}>
        <h2 id={headingIds.commitments}>Commitments</h2>
        <FigureOptions
          basis={query.basis}
          period={query.period}
          financialYears={reference.financialYears}
          onChange={(patch) => setQuery(patch)}
        />
        <UpdatingIndicator active={updating} />
        <CommitmentsTable
          commitments={detail.commitments}
          reference={reference}
          basis={query.basis}
          period={query.period}
          selectedId={commitment?.id}
          hrefForCommitment={hrefForCommitment}
        />
      </section>

      {commitment && measure && label ? (
        <section aria-labelledby={headingIds.returns}>
          <h2 id={headingIds.returns} ref={focusIf('returns')} tabIndex={-1}>
            Returns: {label}
          </h2>
          {rows.length === 0 ? (
            <p>No returns are due yet for {label}.</p>
          ) : (
            <>
              <ReturnsChart label={label} unit={measure.unit} basis={query.basis} rows={rows} />
              <ReturnsTable
                label={label}
                unit={measure.unit}
                rows={rows}
                selectedQuarter={quarter}
                hrefForQuarter={hrefForQuarter}
              />
            </>
          )}
        </section>
      ) : null}

      {commitment && measure && label && quarter ? (
        <section aria-labelledby={headingIds.evidence}>
          <h2 id={headingIds.evidence} ref={focusIf('evidence')} tabIndex={-1}>
            Evidence: {label}, {quarterLabel(quarter)}
          </h2>
          <ReturnEvidence
            contractId={contract.id}
            commitmentId={commitment.id}
            measureCode={commitment.measureCode}
            quarter={quarter}
            label={`${label}, ${quarterLabel(quarter)}`}
            unit={measure.unit}
            selectedEvidenceId={query.evidence}
            hrefForEvidence={hrefForEvidence}
          />
        </section>
      ) : null}

      {location.status === 'loading' ? <LoadingState what="evidence" /> : null}
      {location.status === 'error' ? (
        <ErrorState error={location.error} onRetry={location.retry} what="this evidence" />
      ) : null}
      {item ? (
        <div className="svm-contract__evidence-item">{renderEvidence(item.id, { headingRef: focusIf('item') })}</div>
      ) : null}
    </Page>
  );
}
