import { Notice } from '@/components/notice';
import type { SearchQueryIssue } from '@/lib/url/use-search-query';

/** Says which values of a shared link were not understood (and so left out), rather than failing the page. */
export function QueryIssues({ issues }: { issues: readonly SearchQueryIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <Notice role="status">
      <p>
        The link had {issues.length === 1 ? 'a value' : 'values'} this page does not recognise, so{' '}
        {issues.length === 1 ? 'it was' : 'they were'} left out:{' '}
        {issues.map((issue) => `${issue.name}=${issue.value} (${issue.reason})`).join(', ')}.
      </p>
    </Notice>
  );
}
