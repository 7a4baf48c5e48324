import { Banner } from '@/components/ui/banner';
import { CopyButton } from '@/components/ui/copy-button';

/** A new key's secret, shown this once. */
export function IssuedKey({ secret, notice, onDismiss }: { secret: string; notice: string; onDismiss: () => void }) {
  return (
    <section className="card issued-key" aria-labelledby="issued-key-title">
      <h2 id="issued-key-title">Your new API key</h2>
      <Banner kind="warning" title="Copy it now.">
        {notice}
      </Banner>
      <div className="secret-row">
        <code className="secret" data-testid="issued-key">
          {secret}
        </code>
        <CopyButton value={secret} label="Copy key" />
      </div>
      <button type="button" className="btn" onClick={onDismiss}>
        I have stored it
      </button>
    </section>
  );
}
