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
    ...safeTooltip(option),
    animation: !ctx.reducedMotion,
    aria: { enabled: true, label: { enabled: true, description: ctx.description }, decal: { show: ctx.decals } },
  };
}

export function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Tooltips are drawn as rich text on the canvas, never as HTML, so text from the API (a
 * borough's or supplier's name) cannot be interpreted as markup.
 */
function safeTooltip(option: ChartOption): ChartOption {
  const { tooltip } = option;
  if (tooltip === undefined) return {};
  const list = Array.isArray(tooltip) ? tooltip : [tooltip];
  return {
    tooltip: list.map((t) => ({
      confine: true,
      ...t,
      textStyle: { color: CHART_TEXT, fontSize: 13, ...t.textStyle },
      renderMode: 'richText',
    })),
  };
}
