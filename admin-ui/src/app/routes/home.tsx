import { Navigate } from 'react-router';
import { Loading } from '@/components/ui/states';
import { useMe } from '@/lib/auth';

/** Platform admins start at the organizations, tenant users at their own organization. */
export function HomeRoute() {
  const me = useMe().data;
  if (!me) return <Loading />;
  return <Navigate to={me.role === 'platform-admin' || !me.orgId ? '/orgs' : `/orgs/${me.orgId}`} replace />;
}
