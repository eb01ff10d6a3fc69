import { RegisterPage } from '../components/register/register-page';

/** `/contracts`: the register, lazy-loaded by the router. */
export function Component() {
  return <RegisterPage />;
}
