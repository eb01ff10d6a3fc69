import { BOROUGHS, type ContractSummary } from '@/lib/contract';
import { areaLabel } from '@/lib/format';

/**
 * Where a contract delivers, in words: its boroughs (or "All six boroughs"), then
 * "Region-wide" when it also has outcomes for the whole city region.
 */
export function servedAreas(contract: Pick<ContractSummary, 'boroughs' | 'regionWide'>): string {
  const names = contract.boroughs.length === BOROUGHS.length ? ['All six boroughs'] : contract.boroughs.map(areaLabel);
  if (contract.regionWide) names.push('Region-wide');
  return names.length > 0 ? names.join(', ') : 'None recorded';
}
