import type { SearchQueryIssue } from '@/lib/url/use-search-query';

/** A shared link with a value this page cannot read: say what was ignored rather than fail. */
export function UrlIssues({ issues }: { issues: readonly SearchQueryIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <div role="status" className="svm-notice">
      <p>
        The link had {issues.length === 1 ? 'a value' : 'values'} this page does not recognise, so{' '}
        {issues.length === 1 ? 'it was' : 'they were'} ignored:
      </p>
      <ul>
        {issues.map((issue) => (
          <li key={`${issue.name}=${issue.value}`}>
            {issue.name}={issue.value} ({issue.reason})
          </li>
        ))}
      </ul>
    </div>
  );
}
