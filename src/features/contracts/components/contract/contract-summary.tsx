import { RagBadge } from '@/components/rag';
import type { ContractSummary, ReferenceData } from '@/lib/contract';
import { categoryName, contractStatusLabel, formatDate, formatGBP } from '@/lib/format';
import { servedAreas } from '../served-areas';
import { SupplierTags } from '../supplier-tags';

/** The contract's key facts as a description list. */
export function ContractSummaryList({ contract, reference }: { contract: ContractSummary; reference: ReferenceData }) {
  return (
    <dl className="svm-summary-list">
      <div>
        <dt>Supplier</dt>
        <dd>
          {contract.supplier.name} <SupplierTags supplier={contract.supplier} />
          <br />
          Company number {contract.supplier.companyNumber}
        </dd>
      </div>
      <div>
        <dt>Value</dt>
        <dd>{formatGBP(contract.value)}</dd>
      </div>
      <div>
        <dt>Dates</dt>
        <dd>
          {formatDate(contract.startDate)} to {formatDate(contract.endDate)}
        </dd>
      </div>
      <div>
        <dt>Status</dt>
        <dd>{contractStatusLabel(contract.status)}</dd>
      </div>
      <div>
        <dt>Contract manager</dt>
        <dd>{contract.managerName}</dd>
      </div>
      <div>
        <dt>Boroughs</dt>
        <dd>{servedAreas(contract)}</dd>
      </div>
      <div>
        <dt>Category</dt>
        <dd>{categoryName(contract.category, reference.categories)}</dd>
      </div>
      <div>
        <dt>Overall RAG</dt>
        <dd>
          <RagBadge rag={contract.rag} />
        </dd>
      </div>
    </dl>
  );
}
