import { Link } from 'react-router';
import { Page } from '@/components/layout/page';

export interface NotFoundProps {
  /** What was not found: 'contract', 'evidence'. Leave out for an unknown address. */
  what?: string;
  /** Where to go instead, e.g. the list the item would be in. */
  backTo?: { href: string; label: string };
}

/** A whole page saying something does not exist, for unknown routes and unknown ids alike. */
export function NotFound({ what, backTo }: NotFoundProps) {
  const heading = what ? `${what.charAt(0).toUpperCase()}${what.slice(1)} not found` : 'Page not found';
  return (
    <Page title={heading}>
      <p>
        {what
          ? `There is no ${what} at this address. It may have been removed, or the link may be wrong.`
          : 'If you typed the web address, check it is correct. If you pasted it, check you copied the whole address.'}
      </p>
      <ul>
        {backTo ? (
          <li>
            <Link to={backTo.href}>{backTo.label}</Link>
          </li>
        ) : null}
        <li>
          <Link to="/">Go to the dashboard</Link>
        </li>
      </ul>
    </Page>
  );
}
