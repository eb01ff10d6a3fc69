import { headlineSchema, type Headline } from '@/lib/contract';

export interface HeadlineInfo {
  /** Tile heading and the subject of findings: 'Apprenticeships are 18% behind profile'. */
  name: string;
  /** Grammatical number of `name`, for the verb in findings. */
  verb: 'are' | 'is';
  /** What is counted, in words. */
  measure: string;
}

/** The four headline outcomes, in the order every page and export shows them. */
export const HEADLINES = headlineSchema.options;

export const HEADLINE_INFO: Record<Headline, HeadlineInfo> = {
  jobs: { name: 'Jobs', verb: 'are', measure: 'Local people employed, full-time equivalent (FTE)' },
  apprenticeships: { name: 'Apprenticeships', verb: 'are', measure: 'Apprenticeship starts' },
  'local-spend': { name: 'Local spend', verb: 'is', measure: 'Spend with Liverpool City Region suppliers (£)' },
  carbon: { name: 'Carbon saved', verb: 'is', measure: 'Carbon saved, tonnes of CO2 equivalent (tCO2e)' },
};
