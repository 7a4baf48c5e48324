import { useState } from 'react';
import { Banner } from '@/components/ui/banner';
import { env } from '@/config/env';
import { useAuthConfig } from '../api/auth-config';
import { beginSignIn, callbackUri } from '../api/oidc';

/** "Sign in with Keycloak" when the server has an identity provider configured; nothing otherwise. */
export function KeycloakSignIn({ next }: { next: string }) {
  const config = useAuthConfig();
  const [leaving, setLeaving] = useState(false);
  if (config.data?.oidcError) {
    return <Banner kind="error">Keycloak sign-in is configured but unavailable: {config.data.oidcError}</Banner>;
  }
  const oidc = config.data?.oidc;
  if (!oidc) return null;
  return (
    <div className="card sign-in">
      <button
        type="button"
        className="btn btn-primary"
        disabled={leaving}
        onClick={() => {
          setLeaving(true);
          void beginSignIn(oidc, callbackUri(window.location.origin, env.basePath), next);
        }}
      >
        {leaving ? 'Opening Keycloak…' : 'Sign in with Keycloak'}
      </button>
    </div>
  );
}
