import { Link, useLocation } from 'react-router';

const SECTIONS = [
  { to: '/', label: 'Dashboard' },
  { to: '/contracts', label: 'Contracts' },
  { to: '/evidence', label: 'Evidence' },
  { to: '/audit', label: 'Audit' },
] as const;

/**
 * The four sections. The link for the page itself is `aria-current="page"`; on a page inside a
 * section (one contract) the section's link is `aria-current="true"`.
 */
export function PrimaryNav() {
  const { pathname } = useLocation();
  return (
    <nav aria-label="Main" className="svm-nav">
      <ul className="svm-container svm-nav__list">
        {SECTIONS.map(({ to, label }) => {
          const current = pathname === to ? 'page' : to !== '/' && pathname.startsWith(`${to}/`) ? 'true' : undefined;
          return (
            <li key={to} className="svm-nav__item">
              <Link to={to} className="svm-nav__link" aria-current={current}>
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
