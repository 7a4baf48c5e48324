import { useState } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { routerBase } from '@/config/env';
import { AppLayout, AppScopeLayout } from './layout';
import { RequireSession } from './require-session';
import { AnalyticsRoute } from './routes/analytics';
import { AppOverviewRoute } from './routes/app-overview';
import { HealthRoute } from './routes/health';
import { HomeRoute } from './routes/home';
import { KeysRoute } from './routes/keys';
import { MemoriesRoute } from './routes/memories';
import { MemoryRoute } from './routes/memory';
import { NotFoundRoute } from './routes/not-found';
import { OrgRoute } from './routes/org';
import { OrgAnalyticsRoute } from './routes/org-analytics';
import { ReportsRoute } from './routes/reports';
import { OrgsRoute } from './routes/orgs';
import { SignInRoute } from './routes/sign-in';
import { SignInCallbackRoute } from './routes/sign-in-callback';
import { TasksRoute } from './routes/tasks';
import { UsersRoute } from './routes/users';

export const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInRoute /> },
  { path: '/callback', element: <SignInCallbackRoute /> },
  {
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'orgs', element: <OrgsRoute /> },
      { path: 'orgs/:orgId', element: <OrgRoute /> },
      { path: 'orgs/:orgId/analytics', element: <OrgAnalyticsRoute /> },
      { path: 'orgs/:orgId/reports', element: <ReportsRoute /> },
      { path: 'users', element: <UsersRoute /> },
      { path: 'health', element: <HealthRoute /> },
      {
        path: 'apps/:appId',
        element: <AppScopeLayout />,
        children: [
          { index: true, element: <AppOverviewRoute /> },
          { path: 'keys', element: <KeysRoute /> },
          { path: 'memories', element: <MemoriesRoute /> },
          { path: 'memories/:memoryId', element: <MemoryRoute /> },
          { path: 'tasks', element: <TasksRoute /> },
          { path: 'analytics', element: <AnalyticsRoute /> },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes, { basename: routerBase }));
  return <RouterProvider router={router} />;
}
