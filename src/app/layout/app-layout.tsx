import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { createRouteFocus, RouteFocusContext } from '@/components/layout/route-focus';
import { PrimaryNav } from './primary-nav';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { SkipLink } from './skip-link';
import './layout.css';

/**
 * The shell around every page: skip link, header with navigation, main, footer. `children`
 * stand in for the page while the first page's code is still loading.
 */
export function AppLayout({ children }: { children?: ReactNode }) {
  const [announcement, setAnnouncement] = useState('');
  const [routeFocus] = useState(() => createRouteFocus(setAnnouncement));
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const shownPath = useRef(pathname);

  // Only a change of page moves focus: filters and paging change the query string, and must
  // leave focus on the control the user is working with.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    routeFocus.navigated(mainRef.current);
  }, [pathname, routeFocus]);

  return (
    <RouteFocusContext value={routeFocus}>
      <SkipLink target={mainRef} />
      <SiteHeader>
        <PrimaryNav />
      </SiteHeader>
      <div className="svm-container svm-layout__main">
        <main id="main" ref={mainRef} tabIndex={-1} className="svm-main">
          {children ?? <Outlet />}
        </main>
      </div>
      <SiteFooter />
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
      <ScrollRestoration />
    </RouteFocusContext>
  );
}
