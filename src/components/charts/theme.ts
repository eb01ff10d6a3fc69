import type { EChartsCoreOption } from 'echarts/core';
import { CHART_CATEGORICAL, CHART_TEXT } from './palette';
import type { ChartOption } from './types';

export interface ThemeContext {
  description: string;
  decals: boolean;
  reducedMotion: boolean;
  /** The page's own font, so chart text matches the surrounding HTML. */
  fontFamily: string;
}

/** The app's look and the accessibility settings every chart gets, around the caller's option. */
export function themedOption(option: ChartOption, ctx: ThemeContext): EChartsCoreOption {
  return {
    color: [...CHART_CATEGORICAL],
    textStyle: { fontFamily: ctx.fontFamily, color: CHART_TEXT, fontSize: 14 },
    ...option,
    animation: !ctx.reducedMotion,
    aria: { enabled: true, label: { enabled: true, description: ctx.description }, decal: { show: ctx.decals } },
  };
}

export function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
