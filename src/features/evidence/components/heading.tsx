import type { ReactNode, Ref } from 'react';

export type HeadingLevel = 2 | 3 | 4 | 5;

interface Props {
  level: HeadingLevel;
  id?: string;
  children: ReactNode;
  ref?: Ref<HTMLHeadingElement>;
  /** For headings that receive focus to announce a change (they are not tab stops); implied by `ref`. */
  focusable?: boolean;
}

/**
 * A heading whose level the host page decides: the evidence panel sits under a page's h1 in the
 * queue and deeper in a contract's drill-down, and headings must stay in order in both.
 */
export function Heading({ level, id, children, ref, focusable = ref !== undefined }: Props) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} ref={ref} tabIndex={focusable ? -1 : undefined}>
      {children}
    </Tag>
  );
}

export function subHeading(level: HeadingLevel): HeadingLevel {
  return level === 5 ? 5 : ((level + 1) as HeadingLevel);
}
