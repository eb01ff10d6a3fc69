import { QueuePage } from '../components/queue-page';

/** `/evidence`, loaded lazily by the router. */
export function Component() {
  return <QueuePage />;
}
