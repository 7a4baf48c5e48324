import { NotFound } from '@/components/ui/states';

export const NotFoundRoute = () => <NotFound />;
