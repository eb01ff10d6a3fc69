import type { Rag } from '@/lib/contract';

/**
 * RAG colours for charts and maps (canvas cannot read CSS variables): the same values as the
 * `--svm-rag-*` tokens in src/styles/tokens.css; keep the two in step. Each has at least 4.5:1
 * contrast on white. Never rely on colour alone: label the value, or add a pattern (ECharts decal).
 */
export const RAG_COLOURS = {
  red: '#d4351c',
  amber: '#b35200',
  green: '#00703c',
  'not-due': '#505a5f',
} as const satisfies Record<Rag, string>;

/** Worst first: the order to list RAG groups in legends, counts and filters. */
export const RAG_ORDER = ['red', 'amber', 'green', 'not-due'] as const satisfies readonly Rag[];
