import { useMe } from '@/lib/auth';
import { useOrgs } from '@/features/orgs/api/get-orgs';
import { UsersPage } from '@/features/users/components/users-page';

export function UsersRoute() {
  const me = useMe().data!;
  const orgs = useOrgs();
  return <UsersPage me={me} orgs={orgs.data ?? []} />;
}
