// The SDK in a real browser: Debian's chromium (driven by playwright-core, from the console's
// dependencies in admin-ui/node_modules) loads the built ESM bundle from a page of another origin
// and calls a real Engram across origins (CORS: Engram must list this page's origin in
// engram.console.origins). Started by the api module's TypeScriptSdkIT, which passes:
//   ENGRAM_URL       the Engram to call, e.g. http://localhost:41234
//   ENGRAM_API_KEY   a key with memories:read and memories:write
//   PAGE_PORT        the port of this script's page server (its origin http://127.0.0.1:PAGE_PORT)
//   SDK_DIST         the SDK's built dist/ directory (default: ../dist)
//   CHROMIUM         the browser (default /usr/bin/chromium)
// Prints one `browser: …` line per step and exits non-zero on a failure.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const required = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const ENGRAM_URL = required('ENGRAM_URL').replace(/\/$/, '');
const API_KEY = required('ENGRAM_API_KEY');
const PORT = Number(required('PAGE_PORT'));
const DIST = resolve(process.env.SDK_DIST ?? join(here, '../dist'));
const step = (line) => console.log(`browser: ${line}`);

// playwright-core is the console's dev dependency (admin-ui), not the SDK's: the SDK has none
const requireFromConsole = createRequire(resolve(here, '../../../admin-ui/package.json'));
const { chromium } = requireFromConsole('playwright-core');

// the page and the SDK's files, from an origin that is not Engram's
const PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Engram SDK in a browser</title></head><body></body></html>';
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  if (path === '/' || path === '/index.html') {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE);
    return;
  }
  const file = normalize(join(DIST, path.replace(/^\/sdk\//, '')));
  if (!path.startsWith('/sdk/') || !file.startsWith(DIST + sep)) {
    response.writeHead(404).end();
    return;
  }
  try {
    response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(readFileSync(file));
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(PORT, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${PORT}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${m.text()} (${m.location()?.url ?? 'no url'})`);
  });
  await page.goto(`${origin}/`);
  step(`page ${origin}, Engram ${ENGRAM_URL}`);

  const result = await page.evaluate(
    async ({ baseUrl, apiKey }) => {
      const sdk = await import('/sdk/index.js');
      const engram = new sdk.Engram({ baseUrl, apiKey });
      const user = `browser-${Math.random().toString(36).slice(2, 10)}`;
      const added = await engram.createMemory({ content: 'User prefers aisle seats on long flights', user_id: user });
      const id = added.ids[0];
      const found = await engram.search('where does the user like to sit on a plane?', { user_id: user });
      const memory = await engram.getMemory(id);
      let refused;
      try {
        await new sdk.Engram({ baseUrl, apiKey: 'eng_not_a_key', maxRetries: 0 }).getMemory(id);
      } catch (e) {
        refused = { name: e.name, status: e.status, code: e.code, requestId: e.requestId };
      }
      return {
        id,
        hits: found.results.map((h) => h.memory.id),
        content: memory.content,
        userAgent: navigator.userAgent,
        inNode: typeof globalThis.process !== 'undefined',
        refused,
      };
    },
    { baseUrl: ENGRAM_URL, apiKey: API_KEY },
  );
  step(`user agent: ${result.userAgent}`);
  check(!result.inNode, 'the page runs without Node.js globals');
  check(/^mem_/.test(result.id), `add answered a memory id (${result.id})`);
  step(`add: ${result.id}`);
  check(result.hits.includes(result.id), `search found the memory (${result.hits})`);
  step(`search: ${result.hits.length} hit(s), the memory first: ${result.hits[0] === result.id}`);
  check(result.content === 'User prefers aisle seats on long flights', `get read it back (${result.content})`);
  step(`get: ${result.content}`);
  check(
    result.refused?.name === 'AuthenticationError' && result.refused.status === 401 && result.refused.requestId,
    `a wrong key is a typed AuthenticationError with the request id read across origins (${JSON.stringify(result.refused)})`,
  );
  step(`wrong key: ${result.refused.name} ${result.refused.status} ${result.refused.code} request ${result.refused.requestId}`);
  const unexpected = errors.filter((e) => !/401|Unauthorized/.test(e));
  check(unexpected.length === 0, `no errors in the page: ${unexpected.join('\n')}`);
  step('ok');
} finally {
  await browser.close();
  server.close();
}

function check(condition, message) {
  if (!condition) throw new Error(`check failed: ${message}`);
}
