import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '@/lib/auth';
import { KeycloakSignIn } from '@/features/auth/components/keycloak-sign-in';
import { SignInForm } from '@/features/auth/components/sign-in-form';

export function SignInRoute() {
  const session = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = params.get('next');
  const target = next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
  if (session) return <Navigate to={target} replace />;
  return (
    <main id="main" className="sign-in-page">
      <SignInForm onSignedIn={() => navigate(target, { replace: true })} />
      <KeycloakSignIn next={target} />
    </main>
  );
}
