import { OrgsPage } from '@/features/orgs/components/orgs-page';

export const OrgsRoute = () => <OrgsPage />;
