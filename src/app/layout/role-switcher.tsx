import { useQueryClient } from '@tanstack/react-query';
import { useId, type ChangeEvent } from 'react';
import { setDemoUserId, useDemoUserId } from '@/lib/api/demo-user';
import { useMe } from '@/lib/api/me';
import { dependsOnUser } from '@/lib/api/query-keys';
import { userOf } from '@/lib/domain/reference-index';
import { useReference } from '@/lib/api/reference';
import { roleLabel } from '@/lib/format';

/**
 * The demo's sign-in: choose which demo user (and so which role) the app acts as. Everything
 * fetched as the previous user is reset, so no view shows what another role was allowed to see.
 */
export function RoleSwitcher() {
  const id = useId();
  const queryClient = useQueryClient();
  const reference = useReference();
  const me = useMe();
  const chosen = useDemoUserId();
  const users = reference.data?.users;
  if (!users) return null;
  // The chosen user shows at once; the API's answer to "who am I" fills in the default user.
  const current = me.data?.id ?? userOf(reference.data, chosen)?.id ?? '';

  function change(event: ChangeEvent<HTMLSelectElement>) {
    setDemoUserId(event.target.value);
    void queryClient.resetQueries({ predicate: ({ queryKey }) => dependsOnUser(queryKey) });
  }

  return (
    <div className="svm-role-switcher">
      <label htmlFor={id} className="svm-role-switcher__label">
        Acting as
      </label>
      <select id={id} className="svm-role-switcher__select" value={current} onChange={change}>
        {current === '' ? <option value="">{me.isPending ? 'Checking who you are…' : 'Choose a user'}</option> : null}
        {users.map((user) => (
          <option key={user.id} value={user.id}>
            {user.name} ({roleLabel(user.role)})
          </option>
        ))}
      </select>
    </div>
  );
}
