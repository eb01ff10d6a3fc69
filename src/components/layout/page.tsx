import { useContext, useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import { RouteFocusContext } from './route-focus';
import './page.css';

const APP_NAME = 'Social Value Monitor';

export interface Breadcrumb {
  label: string;
  /** Leave out for the current page. */
  href?: string;
}

export interface PageProps {
  /** For the document title, with page details: 'Contracts (page 2 of 40)'. */
  title: string;
  /** The h1, when it differs from the title. */
  heading?: ReactNode;
  description?: ReactNode;
  breadcrumbs?: readonly Breadcrumb[];
  /** Page-level buttons or links, beside the heading. */
  actions?: ReactNode;
  children?: ReactNode;
}

/** One page: document title, breadcrumbs, the h1 (focused after navigation), then the content. */
export function Page({ title, heading, description, breadcrumbs, actions, children }: PageProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const routeFocus = useContext(RouteFocusContext);

  useEffect(() => {
    document.title = `${title} – ${APP_NAME}`;
  }, [title]);

  useEffect(() => {
    if (headingRef.current) routeFocus?.headingMounted(headingRef.current);
  }, [routeFocus]);

  return (
    <div className="svm-page">
      {breadcrumbs && breadcrumbs.length > 0 ? (
        <nav aria-label="Breadcrumb" className="svm-breadcrumbs">
          <ol>
            {breadcrumbs.map((crumb, index) => (
              // The index keeps keys unique should two crumbs share a label.
              <li key={`${index}-${crumb.label}`}>
                {crumb.href === undefined ? (
                  <span aria-current="page">{crumb.label}</span>
                ) : (
                  <Link to={crumb.href}>{crumb.label}</Link>
                )}
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <div className="svm-page__header">
        <h1 ref={headingRef} tabIndex={-1} className="svm-page__heading">
          {heading ?? title}
        </h1>
        {actions ? <div className="svm-page__actions">{actions}</div> : null}
      </div>
      {description ? <div className="svm-page__description">{description}</div> : null}
      {children}
    </div>
  );
}
