import { HealthPage } from '@/features/health/components/health-page';

export const HealthRoute = () => <HealthPage />;
