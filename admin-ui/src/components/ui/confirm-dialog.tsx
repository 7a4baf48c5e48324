import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

type Props = {
  /** The button that opens the dialog. */
  trigger: string;
  title: string;
  children: ReactNode;
  confirm: string;
  onConfirm: () => Promise<unknown> | void;
  /** When set, the user types this to enable the confirm button (for what cannot be undone). */
  typeToConfirm?: string;
  triggerClass?: string;
  triggerLabel?: string;
};

/** A destructive action behind a modal confirmation (native <dialog>: focus trap, Escape closes). */
export function ConfirmDialog({ trigger, title, children, confirm, onConfirm, typeToConfirm, triggerClass, triggerLabel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const inputId = useId();

  useEffect(() => {
    const dialog = ref.current;
    const reset = () => {
      setTyped('');
      setError(null);
    };
    dialog?.addEventListener('close', reset);
    return () => dialog?.removeEventListener('close', reset);
  }, []);

  async function run() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      ref.current?.close();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className={triggerClass ?? 'btn btn-danger'} aria-label={triggerLabel} onClick={() => ref.current?.showModal()}>
        {trigger}
      </button>
      <dialog ref={ref} aria-labelledby={titleId} className="dialog">
        <h2 id={titleId}>{title}</h2>
        <div className="dialog-body">{children}</div>
        {typeToConfirm && (
          <div className="field">
            <label htmlFor={inputId}>
              Type <code>{typeToConfirm}</code> to confirm
            </label>
            <input id={inputId} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
          </div>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={() => ref.current?.close()}>
            Cancel
          </button>
          <button
            type="button"
            className="btn btn-danger"
            disabled={busy || (typeToConfirm != null && typed !== typeToConfirm)}
            onClick={() => void run()}
          >
            {busy ? 'Working…' : confirm}
          </button>
        </div>
      </dialog>
    </>
  );
}
