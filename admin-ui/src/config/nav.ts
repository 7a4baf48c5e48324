// The console's navigation. Entries whose API is not there yet stay listed here but are not shown.
// Report schedules belong to the organization: the app menu's "Reports" opens the app's organization's.
export type NavEntry = { label: string; path: string; available: boolean };

export const appNav = (appId: string, orgId: string): NavEntry[] =>
  [
    { label: 'Overview', path: `/apps/${appId}`, available: true },
    { label: 'API keys', path: `/apps/${appId}/keys`, available: true },
    { label: 'Memories', path: `/apps/${appId}/memories`, available: true },
    { label: 'Tasks', path: `/apps/${appId}/tasks`, available: true },
    { label: 'Analytics', path: `/apps/${appId}/analytics`, available: true },
    { label: 'Reports', path: `/orgs/${orgId}/reports`, available: true },
  ].filter((e) => e.available);

export const mainNav: NavEntry[] = [
  { label: 'Organizations', path: '/orgs', available: true },
  { label: 'Users', path: '/users', available: true },
  { label: 'Health', path: '/health', available: true },
];
