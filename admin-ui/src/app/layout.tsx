import { Link, NavLink, Outlet, useOutletContext, useParams } from 'react-router';
import { QueryState } from '@/components/ui/states';
import { appNav, mainNav } from '@/config/nav';
import { canWrite, useMe } from '@/lib/auth';
import { signOut } from '@/features/auth/api/sign-out';
import { useApp } from '@/features/apps/api/get-app';

export function AppLayout() {
  const me = useMe();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          Engram
        </Link>
        <nav aria-label="Main">
          <ul>
            {mainNav.map((e) => (
              <li key={e.path}>
                <NavLink to={e.path}>{e.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          {me.data && (
            <span>
              {me.data.username} <span className="badge">{me.data.role}</span>
            </span>
          )}
          <button type="button" className="btn btn-small" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <QueryState query={me} what="your account">
          {() => <Outlet />}
        </QueryState>
      </main>
    </div>
  );
}

export type AppScope = { appId: string; orgId: string; appName: string; writable: boolean };

/** Pages of one app: loads it (another organization's app is "not found") and shows its menu. */
export function AppScopeLayout() {
  const { appId = '' } = useParams();
  const app = useApp(appId);
  const me = useMe().data;
  return (
    <QueryState query={app} what="app">
      {(a) => (
        <>
          <nav aria-label="Breadcrumb" className="crumbs">
            <Link to={`/orgs/${a.org_id}`}>Organization</Link> / <Link to={`/apps/${a.id}`}>{a.name}</Link>
          </nav>
          <nav aria-label="App" className="subnav">
            <ul>
              {appNav(a.id, a.org_id).map((e) => (
                <li key={e.path}>
                  <NavLink to={e.path} end={e.path === `/apps/${a.id}`}>
                    {e.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <Outlet context={{ appId: a.id, orgId: a.org_id, appName: a.name, writable: canWrite(me, a.org_id) } satisfies AppScope} />
        </>
      )}
    </QueryState>
  );
}

export const useAppScope = () => useOutletContext<AppScope>();
