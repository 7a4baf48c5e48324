import type { ReactNode } from 'react';
import { ApiError } from '@/lib/api-error';
import { Banner } from './banner';

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      {what}…
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state state-empty">{children}</p>;
}

export function NotFound({ what = 'page' }: { what?: string }) {
  return (
    <section className="state state-not-found" aria-labelledby="not-found-title">
      <h2 id="not-found-title">Not found</h2>
      <p>This {what} does not exist or belongs to another organization.</p>
    </section>
  );
}

/** The error state of a page or panel: "not found" for a 404, a banner with retry otherwise. */
export function ErrorState({ error, what, onRetry }: { error: unknown; what?: string; onRetry?: () => void }) {
  if (error instanceof ApiError && error.isNotFound) return <NotFound what={what} />;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Banner kind="error" title="Could not load." onRetry={onRetry}>
      {message}
    </Banner>
  );
}

type QueryLike<T> = { isPending: boolean; isError: boolean; error: unknown; data: T | undefined; refetch: () => unknown };

/** Loading, error and empty states of one query in one place. */
export function QueryState<T>({
  query,
  what,
  isEmpty,
  empty,
  children,
}: {
  query: QueryLike<T>;
  what: string;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading what={`Loading ${what}`} />;
  if (query.isError) return <ErrorState error={query.error} what={what} onRetry={() => void query.refetch()} />;
  const data = query.data as T;
  if (isEmpty?.(data)) return <Empty>{empty ?? `No ${what} yet.`}</Empty>;
  return <>{children(data)}</>;
}
