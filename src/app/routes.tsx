import type { RouteObject } from 'react-router';
import { LoadingState, NotFound } from '@/components/states';
import { AppLayout } from './layout/app-layout';
import { RouteError } from './route-error';

/**
 * The app's routes, shared by the browser router and the tests' memory router. Each page is
 * its own lazily loaded chunk; a pathless route around them catches their errors inside the
 * app shell, so the header and navigation stay usable when a page fails.
 */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    // The shell shows at once on first load, while the first page's chunk arrives.
    hydrateFallbackElement: (
      <AppLayout>
        <LoadingState what="the page" />
      </AppLayout>
    ),
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: () => import('@/features/dashboard/routes/dashboard') },
          { path: 'contracts', lazy: () => import('@/features/contracts/routes/register') },
          { path: 'contracts/:contractId', lazy: () => import('./routes/contract') },
          { path: 'evidence', lazy: () => import('@/features/evidence/routes/queue') },
          { path: 'audit', lazy: () => import('@/features/audit/routes/audit-log') },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];
