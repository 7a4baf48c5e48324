import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { Banner } from '@/components/ui/banner';
import { useAuthConfig } from '@/features/auth/api/auth-config';
import { completeSignIn } from '@/features/auth/api/oidc';

/** Where Keycloak sends the browser back with the authorization code. */
export function SignInCallbackRoute() {
  const config = useAuthConfig();
  const location = useLocation();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);
  const oidc = config.data?.oidc;

  useEffect(() => {
    if (!oidc || started.current) return;
    started.current = true; // the code is single-use: exchange it once, even in StrictMode
    completeSignIn(oidc, location.search).then(
      (next) => navigate(next, { replace: true }),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [oidc, location.search, navigate]);

  const problem = error ?? (config.isError ? 'The sign-in settings cannot be loaded.' : config.data && !oidc ? 'Keycloak sign-in is not configured.' : null);
  return (
    <main id="main" className="sign-in-page">
      <div className="card sign-in">
        <h1>Signing in…</h1>
        {problem ? (
          <>
            <Banner kind="error">{problem}</Banner>
            <Link to="/sign-in">Back to sign-in</Link>
          </>
        ) : (
          <p role="status">Finishing the sign-in with Keycloak.</p>
        )}
      </div>
    </main>
  );
}
