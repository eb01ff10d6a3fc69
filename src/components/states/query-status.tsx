import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from './error-state';
import { LastUpdated } from './last-updated';
import { LoadingState } from './loading-state';
import { UpdatingIndicator } from './updating-indicator';

export interface QueryStatusProps<T> {
  query: UseQueryResult<T>;
  /** 'contracts': used in 'Loading contracts…' and 'We could not load contracts.' */
  what: string;
  children: (data: T) => ReactNode;
}

/**
 * The app's convention for one query's states: loading the first time; an error with Retry
 * when there is nothing to show; otherwise the data, with 'Updating…' while a newer result
 * (say, for changed filters) loads, and a note if a refresh failed while older data is shown.
 */
export function QueryStatus<T>({ query, what, children }: QueryStatusProps<T>) {
  const retry = () => void query.refetch();
  if (query.data === undefined) {
    if (query.isError) return <ErrorState error={query.error} onRetry={retry} what={what} />;
    return <LoadingState what={what} />;
  }
  return (
    <>
      <UpdatingIndicator active={query.isFetching} />
      {query.isError ? <LastUpdated updatedAt={query.dataUpdatedAt} error={query.error} onRetry={retry} /> : null}
      {children(query.data)}
    </>
  );
}
