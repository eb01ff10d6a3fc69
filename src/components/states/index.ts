export { EmptyState } from './empty-state';
export { ErrorState, type ErrorStateProps } from './error-state';
export { LastUpdated, type LastUpdatedProps } from './last-updated';
export { LoadingState } from './loading-state';
export { NotFound, type NotFoundProps } from './not-found';
export { QueryStatus, type QueryStatusProps } from './query-status';
export { UpdatingIndicator } from './updating-indicator';
export { QueryIssues } from './query-issues';
