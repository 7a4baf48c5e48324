import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';
import type { OidcConfig } from './oidc';

export type AuthConfig = { builtIn: boolean; oidc: OidcConfig | null; oidcError: string | null };

/** GET /admin/v1/auth/config: built-in sign-in, and Keycloak when the server is configured for it. */
export const authConfigQuery = () =>
  queryOptions({
    queryKey: ['auth-config'],
    queryFn: async (): Promise<AuthConfig> => {
      const c = await data(api.GET('/admin/v1/auth/config'));
      return { builtIn: c.built_in, oidc: (c.oidc as OidcConfig | undefined) ?? null, oidcError: c.oidc_error ?? null };
    },
    staleTime: 5 * 60_000,
  });

export function useAuthConfig() {
  return useQuery(authConfigQuery());
}
