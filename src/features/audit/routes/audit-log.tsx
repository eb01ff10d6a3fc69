import { AuditPage } from '../components/audit-page';

/** `/audit`, loaded lazily by the router. */
export function Component() {
  return <AuditPage />;
}
