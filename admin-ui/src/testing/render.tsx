import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { writeSession } from '@/lib/session';

export function signedIn() {
  writeSession({ token: 'token', expiresAt: Date.now() + 3_600_000 });
}

export function testQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

/** Renders routes in a memory router at a path, with the app's providers. */
export async function renderAt(path: string, routes: RouteObject[], wrap: (children: ReactNode) => ReactNode) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(<>{wrap(<RouterProvider router={router} />)}</>);
  return { ...view, router };
}
