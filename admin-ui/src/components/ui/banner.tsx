import type { ReactNode } from 'react';

type Props = { kind?: 'error' | 'warning' | 'info' | 'success'; title?: string; children: ReactNode; onRetry?: () => void };

/** A message across the page or form; errors are announced to screen readers at once. */
export function Banner({ kind = 'error', title, children, onRetry }: Props) {
  return (
    <div className={`banner banner-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {title && <strong>{title} </strong>}
      <span>{children}</span>
      {onRetry && (
        <button type="button" className="btn btn-small" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
