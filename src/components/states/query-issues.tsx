import type { SearchQueryIssue } from '@/lib/url/use-search-query';

/** Says which parts of a link were not understood (and so left out), rather than failing the page. */
export function QueryIssues({ issues }: { issues: SearchQueryIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <div className="svm-notice" role="alert">
      <p>
        The link had {issues.length === 1 ? 'a filter' : 'filters'} this app does not recognise, so{' '}
        {issues.length === 1 ? 'it was' : 'they were'} left out:{' '}
        {issues.map((issue) => `${issue.name}=${issue.value}`).join(', ')}.
      </p>
    </div>
  );
}
