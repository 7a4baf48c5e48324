import { TasksPage } from '@/features/tasks/components/tasks-page';
import { useAppScope } from '../layout';

export function TasksRoute() {
  const { appId } = useAppScope();
  return <TasksPage appId={appId} />;
}
