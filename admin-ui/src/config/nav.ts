// The console's navigation. Entries whose API is not there yet stay listed here but are not shown
// (reports wait for the report schedules of the console API).
export type NavEntry = { label: string; path: string; available: boolean };

export const appNav = (appId: string): NavEntry[] =>
  [
    { label: 'Overview', path: `/apps/${appId}`, available: true },
    { label: 'API keys', path: `/apps/${appId}/keys`, available: true },
    { label: 'Memories', path: `/apps/${appId}/memories`, available: true },
    { label: 'Tasks', path: `/apps/${appId}/tasks`, available: true },
    { label: 'Analytics', path: `/apps/${appId}/analytics`, available: true },
    { label: 'Reports', path: `/apps/${appId}/reports`, available: false },
  ].filter((e) => e.available);

export const mainNav: NavEntry[] = [
  { label: 'Organizations', path: '/orgs', available: true },
  { label: 'Users', path: '/users', available: true },
  { label: 'Health', path: '/health', available: true },
];
