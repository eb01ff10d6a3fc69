import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { RoleSwitcher } from './role-switcher';

export function SiteHeader({ children }: { children: ReactNode }) {
  return (
    <header className="svm-header">
      <div className="svm-container svm-header__inner">
        <div className="svm-header__brand">
          <Link to="/" className="svm-header__product">
            Social Value Monitor
          </Link>
          <span className="svm-header__organisation">Liverpool City Region Combined Authority</span>
        </div>
        <RoleSwitcher />
      </div>
      {children}
    </header>
  );
}
