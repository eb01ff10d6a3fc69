import { CHART_CATEGORICAL } from '@/components/charts';
import type { ThemeId } from '@/lib/contract';

/** Each theme keeps its colour whichever themes are in the filter. */
export const THEME_COLOURS: Record<ThemeId, string> = {
  jobs: CHART_CATEGORICAL[0],
  economy: CHART_CATEGORICAL[1],
  environment: CHART_CATEGORICAL[2],
  communities: CHART_CATEGORICAL[3],
};
