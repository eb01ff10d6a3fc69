import type { Supplier } from '@/lib/contract';

/** SME and VCSE marks as words, so they read the same to everyone. */
export function SupplierTags({ supplier }: { supplier: Pick<Supplier, 'sme' | 'vcse'> }) {
  if (!supplier.sme && !supplier.vcse) return null;
  return (
    <span className="svm-supplier-tags">
      {supplier.sme ? (
        <abbr className="svm-supplier-tag" title="Small or medium-sized enterprise">
          SME
        </abbr>
      ) : null}
      {supplier.vcse ? (
        <abbr className="svm-supplier-tag" title="Voluntary, community or social enterprise">
          VCSE
        </abbr>
      ) : null}
    </span>
  );
}
