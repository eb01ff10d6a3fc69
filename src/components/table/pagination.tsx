import type { MouseEvent, ReactNode } from 'react';
import { Link } from 'react-router';
import { pageItems } from './page-items';
import './paging.css';

interface PaginationBaseProps {
  /** The current page, from 1. */
  page: number;
  pageCount: number;
  /** Names the navigation landmark; say what is paged when a page has more than one ("Contract pages"). */
  label?: string;
}

/** Real links (preferred: middle-click and "copy link" work), e.g. `(p) => hrefFor({ page: p })` from `useSearchQuery`. */
interface PaginationLinkProps extends PaginationBaseProps {
  hrefForPage: (page: number) => string;
  /** The pointer is over, or focus is on, the link to `page`: a chance to fetch it ahead of the click. */
  onPageIntent?: (page: number) => void;
  /**
   * Takes over a plain click on a page link (one that would open it here, not in a new tab),
   * e.g. to change the page once its rows have arrived. Without it the link navigates.
   */
  onPageSelect?: (page: number) => void;
  onPageChange?: never;
}

/** Buttons, for paging state that is not in the URL. */
interface PaginationButtonProps extends PaginationBaseProps {
  onPageChange: (page: number) => void;
  hrefForPage?: never;
  onPageIntent?: never;
  onPageSelect?: never;
}

export type PaginationProps = PaginationLinkProps | PaginationButtonProps;

interface PageControlProps {
  target: number;
  props: PaginationProps;
  className: string;
  current?: boolean;
  rel?: 'prev' | 'next';
  ariaLabel?: string;
  children: ReactNode;
}

function PageControl({ target, props, className, current, rel, ariaLabel, children }: PageControlProps) {
  const ariaCurrent = current ? 'page' : undefined;
  if (props.hrefForPage) {
    const { onPageIntent, onPageSelect } = props;
    const intent = onPageIntent && !current ? () => onPageIntent(target) : undefined;
    const select =
      onPageSelect && !current
        ? (event: MouseEvent<HTMLAnchorElement>) => {
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
            event.preventDefault();
            onPageSelect(target);
          }
        : undefined;
    return (
      <Link
        onPointerEnter={intent}
        onFocus={intent}
        onClick={select}
        to={props.hrefForPage(target)}
        className={className}
        rel={rel}
        aria-label={ariaLabel}
        aria-current={ariaCurrent}
      >
        {children}
      </Link>
    );
  }
  const { onPageChange } = props;
  return (
    <button
      type="button"
      className={className}
      aria-label={ariaLabel}
      aria-current={ariaCurrent}
      onClick={() => onPageChange(target)}
    >
      {children}
    </button>
  );
}

/**
 * GOV.UK pagination: Previous and Next, the first and last pages, the current page and its
 * neighbours, with ellipses for skipped pages. Renders nothing when there is only one page.
 */
export function Pagination(props: PaginationProps) {
  const { page, pageCount, label = 'Pagination' } = props;
  if (pageCount <= 1) return null;
  return (
    <nav className="svm-pagination" aria-label={label}>
      {page > 1 && (
        <PageControl target={page - 1} props={props} className="svm-pagination__prev" rel="prev">
          <span aria-hidden="true">‹</span> Previous <span className="svm-visually-hidden">page</span>
        </PageControl>
      )}
      <ul className="svm-pagination__list">
        {pageItems(page, pageCount).map((item, index) =>
          item === 'ellipsis' ? (
            // Index keys are safe: the list is rebuilt whole on every page change.
            <li key={`ellipsis-${index}`} className="svm-pagination__ellipsis">
              ⋯
            </li>
          ) : (
            <li key={item}>
              <PageControl
                target={item}
                props={props}
                className="svm-pagination__page"
                current={item === page}
                ariaLabel={`Page ${item}`}
              >
                {item}
              </PageControl>
            </li>
          ),
        )}
      </ul>
      {page < pageCount && (
        <PageControl target={page + 1} props={props} className="svm-pagination__next" rel="next">
          Next <span className="svm-visually-hidden">page</span> <span aria-hidden="true">›</span>
        </PageControl>
      )}
    </nav>
  );
}
