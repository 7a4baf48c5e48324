import { KeysPage } from '@/features/keys/components/keys-page';
import { useAppScope } from '../layout';

export function KeysRoute() {
  const { appId, orgId } = useAppScope();
  return <KeysPage appId={appId} orgId={orgId} />;
}
