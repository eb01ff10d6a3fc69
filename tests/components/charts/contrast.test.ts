// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_CATEGORICAL, CHART_MUTED_TEXT, CHART_TEXT } from '@/components/charts';
import { RAG_COLOURS } from '@/components/rag/rag-colours';
import { MAP_BANDS } from '@/features/dashboard/components/borough-map-option';

/** WCAG 2.2 relative luminance and contrast ratio (1.4.3 and 1.4.11). */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

const WHITE = '#FFFFFF';
const tokens = readFileSync(new URL('../../../src/styles/tokens.css', import.meta.url), 'utf8');

function token(name: string): string {
  const match = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(tokens);
  if (!match?.[1]) throw new Error(`No colour token --${name}`);
  return match[1];
}

describe('colour contrast (WCAG 2.2 AA)', () => {
  it('sanity: the formula gives the known ratios', () => {
    expect(contrast('#000000', WHITE)).toBeCloseTo(21, 5);
    expect(contrast('#767676', WHITE)).toBeCloseTo(4.54, 2);
  });

  it('chart series colours stand out from the white plot at 3:1 or more (non-text contrast)', () => {
    for (const colour of CHART_CATEGORICAL) expect(contrast(colour, WHITE), colour).toBeGreaterThanOrEqual(3);
  });

  it('chart text, and every map label on its band, reads at 4.5:1 or more', () => {
    expect(contrast(CHART_TEXT, WHITE)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(CHART_MUTED_TEXT, WHITE)).toBeGreaterThanOrEqual(4.5);
    for (const band of MAP_BANDS) expect(contrast(band.text, band.fill), band.key).toBeGreaterThanOrEqual(4.5);
  });

  it('RAG colours for charts match the CSS tokens and read on white at 4.5:1', () => {
    for (const [rag, colour] of Object.entries(RAG_COLOURS)) {
      expect(token(`svm-rag-${rag}`).toLowerCase(), rag).toBe(colour.toLowerCase());
      expect(contrast(colour, WHITE), rag).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('RAG badge text reads on its tint, and links and secondary text on both page backgrounds', () => {
    for (const rag of ['red', 'amber', 'green', 'not-due']) {
      expect(contrast(token(`svm-rag-${rag}-text`), token(`svm-rag-${rag}-tint`)), rag).toBeGreaterThanOrEqual(4.5);
    }
    for (const background of [token('svm-colour-surface'), token('svm-colour-surface-alt')]) {
      for (const text of [
        'svm-colour-text',
        'svm-colour-text-secondary',
        'svm-colour-link',
        'svm-colour-link-visited',
      ]) {
        expect(contrast(token(text), background), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
