// Settings read once at start and validated: a broken value fails loudly instead of half-working.
const base = import.meta.env.BASE_URL;

function validate(value: string, name: string): string {
  if (!value.startsWith('/') || !value.endsWith('/')) {
    throw new Error(`${name} must start and end with '/', got '${value}'`);
  }
  return value;
}

export const env = {
  /** Where the console is mounted (Vite's base): /admin/ */
  basePath: validate(base, 'BASE_URL'),
  /** Console API root, same origin. */
  apiRoot: '',
} as const;

export const routerBase = env.basePath.replace(/\/$/, '');
