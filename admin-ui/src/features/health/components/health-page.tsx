import { Banner } from '@/components/ui/banner';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/states';
import { useHealth } from '../api/get-health';

function value(v: unknown): string {
  if (v == null) return '–';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Components and their details (engine, LLM, index mode, version) from /health. */
export function HealthPage() {
  const health = useHealth();
  return (
    <>
      <PageHeader title="Health" />
      <QueryState query={health} what="health">
        {(h) => {
          const components = Object.entries(h.details ?? {});
          const single = components.some(([, c]) => c.details?.['single_instance'] === true);
          return (
            <>
              <Banner kind={h.status === 'UP' ? 'success' : 'error'} title={`Engram is ${h.status}.`}>
                Version {h.version ?? 'unknown'}. {components.length ? `${components.length} components checked.` : 'Component details are shown to platform admins.'}
              </Banner>
              {single && (
                <Banner kind="warning" title="Single instance.">
                  The embedded search index (Lucene) lives in this process: run one instance only, or configure MongoDB Atlas to scale out.
                </Banner>
              )}
              <div className="health-grid">
                {components.map(([name, c]) => {
                  const status = typeof c.status === 'string' ? c.status : (c.status.name ?? 'UNKNOWN');
                  return (
                  <section key={name} className="card" aria-labelledby={`h-${name}`}>
                    <h2 id={`h-${name}`}>
                      {name} <span className={`badge badge-${status.toLowerCase()}`}>{status}</span>
                    </h2>
                    {c.details && (
                      <dl className="props">
                        {Object.entries(c.details).map(([k, v]) => (
                          <div key={k} className="prop">
                            <dt>{k}</dt>
                            <dd>{value(v)}</dd>
                          </div>
                        ))}
                      </dl>
                    )}
                  </section>
                  );
                })}
              </div>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
