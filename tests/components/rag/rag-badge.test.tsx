import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RAG_COLOURS, RAG_ORDER, RagBadge } from '@/components/rag';

describe('RagBadge', () => {
  it.each([
    ['red', 'Red'],
    ['amber', 'Amber'],
    ['green', 'Green'],
    ['not-due', 'Not yet due'],
  ] as const)('says %s in words', (rag, text) => {
    const { container } = render(<RagBadge rag={rag} />);
    expect(container).toHaveTextContent(text, { normalizeWhitespace: true });
    expect(container.textContent).toBe(text);
  });

  it('adds the percentage of expected', () => {
    const { container } = render(<RagBadge rag="amber" pct={87.6} />);
    expect(container.textContent).toBe('Amber 87%');
  });

  it('shows no percentage when nothing is due', () => {
    const { container } = render(<RagBadge rag="not-due" pct={null} />);
    expect(container.textContent).toBe('Not yet due');
  });

  it('draws a different shape for each rating, hidden from assistive technology', () => {
    const shapes = RAG_ORDER.map((rag) => {
      const { container, unmount } = render(<RagBadge rag={rag} />);
      const svg = container.querySelector('svg');
      expect(svg).toHaveAttribute('aria-hidden', 'true');
      const markup = svg?.innerHTML ?? '';
      unmount();
      return markup;
    });
    expect(new Set(shapes).size).toBe(4);
  });

  it('exports a colour per rating for charts', () => {
    expect(Object.keys(RAG_COLOURS).sort()).toEqual([...RAG_ORDER].sort());
  });
});
