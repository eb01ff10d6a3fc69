import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { isRouteErrorResponse, Link, useLocation, useNavigate, useRouteError } from 'react-router';
import { Page } from '@/components/layout/page';
import { ErrorState, NotFound } from '@/components/states';
import { isChunkLoadError } from '@/lib/api/describe-error';
import { isNotFound } from '@/lib/api/errors';

/**
 * What a route shows when it throws: an unknown id is "not found"; a page whose code failed to
 * load (a new deployment, offline) asks for a reload; anything else gets a specific message and
 * a Retry that renders the route again with its failed queries cleared.
 */
export function RouteError() {
  const error = useRouteError();
  const navigate = useNavigate();
  const location = useLocation();
  const { reset } = useQueryErrorResetBoundary();

  if ((isRouteErrorResponse(error) && error.status === 404) || isNotFound(error)) return <NotFound />;

  function retry() {
    if (isChunkLoadError(error)) {
      window.location.reload();
      return;
    }
    reset();
    // The same address again: a new location clears the route's error boundary.
    void navigate(location, { replace: true, preventScrollReset: true });
  }

  return (
    <Page title="Sorry, there is a problem">
      <ErrorState error={error} onRetry={retry} />
      <p>
        <Link to="/">Go to the dashboard</Link>
      </p>
    </Page>
  );
}
