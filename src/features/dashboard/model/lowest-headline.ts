import type { ContractSummary, Headline } from '@/lib/contract';
import { headlineSchema } from '@/lib/contract';

/** The headline outcome a contract is furthest behind on, or null when none is due. */
export function lowestHeadline(contract: ContractSummary): { headline: Headline; pct: number } | null {
  let lowest: { headline: Headline; pct: number } | null = null;
  for (const headline of headlineSchema.options) {
    const pct = contract.headlinePct[headline];
    if (pct !== null && pct !== undefined && (lowest === null || pct < lowest.pct)) lowest = { headline, pct };
  }
  return lowest;
}
