// End-to-end test of the web console: Debian's chromium (driven by playwright-core) against a
// running Engram. Started by the api module's AdminConsoleIT, which passes:
//   ENGRAM_URL             e.g. http://localhost:41234
//   ENGRAM_ADMIN_PASSWORD  the bootstrap admin's password
//   SCREENSHOT_DIR         where the screenshots of each main page go (not committed)
//   CHROMIUM               the browser (default /usr/bin/chromium)
// Prints `console_first_page_js_gzip_kb=… console_first_page_load_ms=…` and exits non-zero on a failure.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const BASE = required('ENGRAM_URL').replace(/\/$/, '');
const PASSWORD = required('ENGRAM_ADMIN_PASSWORD');
const SHOTS = process.env.SCREENSHOT_DIR ?? 'target/screenshots';
const JS_BUDGET_KB = 300;
const run = Math.random().toString(36).slice(2, 8);
mkdirSync(SHOTS, { recursive: true });

function required(name) {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
}
function check(condition, message) {
  if (!condition) throw new Error(`check failed: ${message}`);
}
const step = (name) => console.log(`e2e: ${name}`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-background-networking'],
});
let page;
/** Messages of the browser about what the Content-Security-Policy blocked. */
const blocked = [];
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/Lisbon' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  // the console runs under Engram's strict Content-Security-Policy: anything it blocks fails
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) blocked.push(m.text());
  });

  // ---- first page: bundle size and load time
  step('first page');
  const scripts = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) scripts.push(r);
  });
  const t0 = Date.now();
  await page.goto(`${BASE}/admin/`, { waitUntil: 'load' });
  await page.getByRole('heading', { name: 'Sign in to Engram' }).waitFor();
  const loadMs = Date.now() - t0;
  let gzipBytes = 0;
  for (const r of scripts) gzipBytes += gzipSync(await r.body(), { level: 9 }).length;
  const nav = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.toJSON());
  const kb = gzipBytes / 1024;
  // the first visit above also warmed up the JVM and the browser; a new visitor (new context,
  // empty cache) on the running server is the figure that counts
  const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const freshPage = await fresh.newPage();
  const t1 = Date.now();
  await freshPage.goto(`${BASE}/admin/`, { waitUntil: 'load' });
  await freshPage.getByRole('heading', { name: 'Sign in to Engram' }).waitFor();
  const warmMs = Date.now() - t1;
  await fresh.close();
  console.log(
    `console_first_page_js_gzip_kb=${kb.toFixed(1)} console_first_page_load_ms=${warmMs} ` +
      `(sign-in form shown, empty browser cache; the very first visit after start: ${loadMs} ms, ` +
      `load event at ${Math.round(nav?.loadEventEnd ?? -1)} ms; ${scripts.length} script file)`,
  );
  check(scripts.length > 0, 'the first page loads its script');
  check(kb < JS_BUDGET_KB, `the first page's JavaScript is ${kb.toFixed(1)} KB gzip'd, over the ${JS_BUDGET_KB} KB budget`);
  check(page.url().endsWith('/admin/sign-in'), `unsigned visitors land on the sign-in page, not ${page.url()}`);
  const indexResponse = await page.request.get(`${BASE}/admin/sign-in`);
  check((indexResponse.headers()['cache-control'] ?? '').includes('no-cache'), 'index.html is revalidated');
  const assetPath = new URL(scripts[0].url()).pathname;
  const asset = await page.request.get(`${BASE}${assetPath}`);
  check((asset.headers()['cache-control'] ?? '').includes('immutable'), 'hashed assets are cached for long');
  await axe('sign-in');
  await shot('sign-in');

  // ---- sign in: validation before sending, a wrong password, then the admin
  step('sign in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('Enter your username.').waitFor();
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('Wrong username or password.').waitFor();
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Organizations', level: 1 }).waitFor();

  // ---- organizations: a network failure keeps what was typed; then create
  step('organizations');
  const orgName = `e2e-org-${run}`;
  await page.route('**/admin/v1/orgs', (route) => (route.request().method() === 'POST' ? route.abort('connectionrefused') : route.continue()));
  await page.getByLabel('Name', { exact: true }).fill(orgName);
  await page.getByRole('button', { name: 'Create organization' }).click();
  await page.getByText('Engram could not be reached').waitFor();
  check((await page.getByLabel('Name', { exact: true }).inputValue()) === orgName, 'the typed name survives a network error');
  await page.unroute('**/admin/v1/orgs');
  await page.getByRole('button', { name: 'Create organization' }).click();
  await page.getByRole('link', { name: orgName, exact: true }).waitFor();
  await axe('organizations');
  await shot('organizations');

  // ---- an app in it
  step('apps');
  await page.getByRole('link', { name: orgName, exact: true }).click();
  await page.getByRole('heading', { name: `Apps of ${orgName}` }).waitFor();
  const orgId = page.url().split('/orgs/')[1];
  await page.getByRole('button', { name: 'Create app' }).click();
  await page.getByText('App name is required.').waitFor();
  await page.getByLabel('App name').fill('support-bot');
  await page.getByLabel('Description (optional)').fill('voice agent');
  await page.getByRole('button', { name: 'Create app' }).click();
  await page.getByRole('link', { name: 'support-bot' }).click();
  await page.getByRole('heading', { name: 'support-bot', level: 1 }).waitFor();
  const appId = page.url().split('/apps/')[1];
  await page.getByText('Active memories').waitFor();
  await page.getByText('Searches today').waitFor();
  await axe('app overview');

  // ---- an API key, copied
  step('API keys');
  await page.getByRole('navigation', { name: 'App' }).getByRole('link', { name: 'API keys' }).click();
  await page.getByLabel('Key name').fill('e2e key');
  await page.getByRole('button', { name: 'Create key' }).click();
  const issued = page.getByTestId('issued-key');
  await issued.waitFor();
  const secret = (await issued.textContent()).trim();
  check(secret.startsWith('eng_'), `the new key is shown once (${secret.slice(0, 6)}…)`);
  await page.getByRole('button', { name: 'Copy key' }).click();
  await page.getByText('Copied to the clipboard.').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  check(copied === secret, 'the copy button puts the key on the clipboard');
  await axe('API keys');
  await shot('api-keys');
  await page.getByRole('button', { name: 'I have stored it' }).click();
  check((await page.getByTestId('issued-key').count()) === 0, 'the secret is gone once dismissed');

  // ---- memories stored over the API with that key, one of them superseding another
  step('memories over the API');
  const user = `alice-${run}`;
  for (const content of ['User lives in Lisbon', 'User prefers tea over coffee', 'User works as a nurse', 'User moved to Porto']) {
    const r = await fetch(`${BASE}/v1/memories`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${copied}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ user_id: user, content }),
    });
    check(r.status === 201, `storing "${content}" answers 201, not ${r.status}: ${await r.clone().text()}`);
  }

  // ---- memory browser: pick the user, search, open the evolution graph
  step('memory browser');
  await page.goto(`${BASE}/admin/apps/${appId}/memories`); // a deep link, loaded from scratch
  await page.getByRole('heading', { name: 'Memories', level: 1 }).waitFor();
  await page.getByLabel('User id').fill(user);
  await page.getByRole('button', { name: 'Show memories' }).click();
  await page.getByRole('heading', { name: `Memories of ${user}` }).waitFor();
  await page.getByRole('link', { name: 'User works as a nurse' }).waitFor();
  await page.getByLabel('Search memories').fill('where does the user live');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByText(/hits from/).waitFor();
  const hit = page.getByRole('table').first().getByRole('link', { name: 'User moved to Porto' });
  await hit.waitFor();
  await page.getByText('recency boost').first().waitFor({ state: 'attached' });
  await axe('memory browser');
  await shot('memory-browser');
  // superseded memories appear with the status filter
  await page.getByRole('group', { name: 'Status' }).getByLabel('superseded').check();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await page.getByRole('link', { name: 'User lives in Lisbon' }).waitFor();

  await hit.click();
  await page.getByRole('heading', { name: 'Evolution graph' }).waitFor();
  const graph = page.getByRole('list', { name: 'Evolution graph' });
  await graph.getByText('User lives in Lisbon').waitFor();
  await graph.getByText('User moved to Porto').waitFor();
  check((await graph.getByRole('listitem').count()) === 2, 'the chain has two versions');
  await graph.getByText('superseded').waitFor();
  await page.getByRole('heading', { name: 'Event history' }).waitFor();
  await axe('memory detail');
  await shot('memory-detail');
  await page.reload(); // deep link survives a reload
  await page.getByRole('heading', { name: 'Evolution graph' }).waitFor();

  // ---- analytics: learning events and a search over the API, then the app's and the org's pages
  step('analytics');
  const events = [];
  for (let i = 0; i < 12; i++) {
    events.push({
      event_type: i % 3 === 0 ? 'correction' : 'feedback',
      domain: i % 2 ? 'billing' : 'shipping',
      agent_id: i % 2 ? 'biller' : 'shipper',
      user_id: user,
      output: { confidence: 0.8 },
      feedback: { rating: 4, correct: i % 4 !== 0 },
    });
  }
  const recorded = await fetch(`${BASE}/v1/learning/events`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${copied}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ events }),
  });
  check(recorded.status === 201, `recording learning events answers 201, not ${recorded.status}: ${await recorded.clone().text()}`);
  const searched = await fetch(`${BASE}/v1/memories/search`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${copied}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ user_id: user, query: 'what does the user drink' }),
  });
  check(searched.status === 200, `a search answers 200, not ${searched.status}`);
  await page.goto(`${BASE}/admin/apps/${appId}/analytics`);
  await page.getByRole('heading', { name: 'Analytics', level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'Today (UTC)' }).waitFor();
  await page.getByRole('img', { name: /^Learning events: \d+ points/ }).waitFor();
  const history = page.getByRole('region', { name: 'Learning history' });
  await history.getByRole('cell', { name: 'correction' }).first().waitFor();
  await history.getByLabel('Agents').fill('biller');
  await history.getByRole('button', { name: 'Apply filters' }).click();
  await page.waitForFunction(() => ![...document.querySelectorAll('section[aria-labelledby="history"] td[data-label="Agent"]')].some((td) => td.textContent !== 'biller'));
  check((await history.getByRole('cell', { name: 'shipper' }).count()) === 0, 'the agent filter leaves only that agent');
  await page.getByRole('region', { name: 'Top agents' }).getByRole('cell', { name: 'biller' }).waitFor();
  const reports = page.getByRole('form', { name: 'Download a report' });
  await reports.getByLabel('Report').selectOption('learning');
  await reports.getByLabel('Format').selectOption('json');
  const [download] = await Promise.all([page.waitForEvent('download'), reports.getByRole('button', { name: 'Download report' }).click()]);
  check(download.suggestedFilename().startsWith('engram-learning-'), `the report downloads as a file (${download.suggestedFilename()})`);
  await axe('app analytics');

  // ---- the live view: a memory stored over the API appears in the Live panel as it happens
  step('live view');
  const live = page.getByRole('region', { name: 'Live' });
  await live.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
  const liveStored = await fetch(`${BASE}/v1/memories`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${copied}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ user_id: `live-${run}`, content: 'User collects old maps' }),
  });
  check(liveStored.status === 201, `storing a memory for the live view answers 201, not ${liveStored.status}`);
  const liveId = (await liveStored.json()).ids[0];
  await live.getByRole('cell', { name: new RegExp(`memory_id: ${liveId}`) }).waitFor({ timeout: 15_000 });
  check((await live.getByRole('cell', { name: 'memory.add' }).count()) >= 1, 'the live panel names the event type');
  await shot('app-analytics');
  await page.goto(`${BASE}/admin/orgs/${orgId}/analytics`);
  await page.getByRole('heading', { name: `Analytics of ${orgName}` }).waitFor();
  await page.getByRole('region', { name: 'Per app' }).getByRole('link', { name: 'support-bot' }).waitFor();
  await page.getByRole('img', { name: /^Memory: facts learned and corrected/ }).waitFor();
  await axe('organization analytics');
  await shot('org-analytics');

  // ---- report schedules of the organization: create one, run it now, download a file of the run
  step('report schedules');
  await page.goto(`${BASE}/admin/orgs/${orgId}/reports`);
  await page.getByRole('heading', { name: `Report schedules of ${orgName}` }).waitFor();
  const scheduleForm = page.getByRole('form', { name: 'Create report schedule' });
  await scheduleForm.getByRole('button', { name: 'Create schedule' }).click();
  await scheduleForm.getByText('Name the schedule.').waitFor();
  await scheduleForm.getByLabel('Schedule name').fill('Weekly executive');
  await scheduleForm.getByLabel('Time zone').selectOption('Europe/Lisbon');
  await scheduleForm.getByLabel('csv', { exact: true }).check();
  await scheduleForm.getByLabel(/Directory 1/).fill('weekly');
  await scheduleForm.getByRole('button', { name: 'Create schedule' }).click();
  await page.getByRole('cell', { name: 'Weekly executive', exact: true }).waitFor();
  await page.getByRole('cell', { name: 'Every Monday at 08:00 (Europe/Lisbon)' }).waitFor();
  await page.getByRole('button', { name: 'Run now: Weekly executive' }).click();
  const runs = page.getByRole('region', { name: 'Runs of Weekly executive' });
  await runs.getByText('succeeded', { exact: true }).waitFor({ timeout: 90_000 });
  const pdfButton = runs.getByRole('button', { name: /^Download engram-executive-.*\.pdf$/ });
  const [pdf] = await Promise.all([page.waitForEvent('download'), pdfButton.click()]);
  check(pdf.suggestedFilename().endsWith('.pdf'), `a file of the run downloads (${pdf.suggestedFilename()})`);
  await axe('report schedules');
  await shot('report-schedules');
  await page.goto(`${BASE}/admin/apps/${appId}`);
  await page.getByText('Searches today').waitFor();
  await shot('app-overview');

  // ---- tasks and health
  step('tasks and health');
  await page.goto(`${BASE}/admin/apps/${appId}/tasks`);
  await page.getByRole('heading', { name: 'Tasks', level: 1 }).waitFor();
  await page.getByText(/No tasks yet|task_/).first().waitFor();
  await axe('tasks');
  await page.goto(`${BASE}/admin/health`);
  await page.getByText(/Engram is (UP|DOWN)/).waitFor();
  await page.getByText(/Version \d+\.\d+\.\d+/).waitFor();
  await axe('health');
  await shot('health');

  // ---- revoke the key: the API refuses it
  step('revoke');
  await page.goto(`${BASE}/admin/apps/${appId}/keys`);
  await page.getByRole('button', { name: 'Revoke e2e key' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Revoke key' }).click();
  await page.getByRole('cell', { name: 'revoked', exact: true }).waitFor();
  const refused = await fetch(`${BASE}/v1/memories?user_id=${user}`, { headers: { Authorization: `Bearer ${copied}` } });
  check(refused.status === 401, `a revoked key is refused (got ${refused.status})`);

  // ---- users: a viewer of the organization
  step('users');
  await page.goto(`${BASE}/admin/users`);
  const viewer = `viewer-${run}`;
  await page.getByLabel('Username').fill(viewer);
  await page.getByLabel('Initial password').fill('short');
  await page.getByRole('button', { name: 'Create user' }).click();
  await page.getByText('Use 12 to 200 characters.').waitFor();
  await page.getByLabel('Initial password').fill('viewer password 123');
  await page.getByLabel('Role', { exact: true }).selectOption('tenant-viewer');
  await page.getByLabel('Organization', { exact: true }).selectOption({ label: orgName });
  await page.getByRole('button', { name: 'Create user' }).click();
  await page.getByRole('cell', { name: viewer, exact: true }).waitFor();
  // another viewer, made a tenant admin from the list
  const promoted = `promoted-${run}`;
  await page.getByLabel('Username').fill(promoted);
  await page.getByLabel('Initial password').fill('promoted password 123');
  await page.getByLabel('Role', { exact: true }).selectOption('tenant-viewer');
  await page.getByLabel('Organization', { exact: true }).selectOption({ label: orgName });
  await page.getByRole('button', { name: 'Create user' }).click();
  const promotedRow = page.getByRole('row').filter({ has: page.getByRole('cell', { name: promoted, exact: true }) });
  await promotedRow.waitFor();
  await promotedRow.getByLabel(`Role of ${promoted}`, { exact: true }).selectOption('tenant-admin');
  await promotedRow.getByRole('button', { name: 'Change role' }).click();
  await promotedRow.getByText('Role changed; their sessions ended.').waitFor();
  await promotedRow.getByRole('cell', { name: 'tenant-admin', exact: true }).waitFor();
  await axe('users');
  await shot('users');

  // ---- phone width
  step('phone width');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${BASE}/admin/apps/${appId}/memories?user=${user}`);
  await page.getByRole('link', { name: 'User works as a nurse' }).waitFor();
  await shot('memory-browser-phone');
  await page.goto(`${BASE}/admin/apps/${appId}/keys`);
  await page.getByText('revoked', { exact: true }).waitFor(); // cells read "Status revoked" here
  await shot('api-keys-phone');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 1, `no sideways scrolling at phone width (${overflow}px too wide)`);
  await page.goto(`${BASE}/admin/apps/${appId}/analytics`);
  await page.getByRole('heading', { name: 'Today (UTC)' }).waitFor();
  await page.getByRole('region', { name: 'Learning history' }).getByRole('cell', { name: 'correction' }).first().waitFor();
  await shot('app-analytics-phone');
  const analyticsOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(analyticsOverflow <= 1, `no sideways scrolling on analytics at phone width (${analyticsOverflow}px too wide)`);
  await page.setViewportSize({ width: 1280, height: 900 });

  // ---- a 401 anywhere returns to the sign-in page; sign out
  step('expired session');
  const otherAppId = await someOtherAppId();
  await page.evaluate(() => sessionStorage.setItem('engram.session', JSON.stringify({ token: 'expired', expiresAt: Date.now() + 60_000 })));
  await page.goto(`${BASE}/admin/orgs`);
  await page.getByRole('heading', { name: 'Sign in to Engram' }).waitFor();

  // ---- the viewer: no write controls, another organization's app is "not found"
  step('viewer');
  await signIn(viewer, 'viewer password 123');
  await page.goto(`${BASE}/admin/apps/${appId}/keys`);
  await page.getByRole('cell', { name: 'e2e key', exact: true }).waitFor();
  await noWriteControls('API keys', ['Create key', 'Revoke', 'Rotate']);
  await page.goto(`${BASE}/admin/apps/${appId}`);
  await page.getByText('Active memories').waitFor();
  await noWriteControls('app overview', ['Edit app', 'Delete app']);
  await page.goto(`${BASE}/admin/apps/${appId}/memories?user=${user}`);
  await page.getByRole('link', { name: 'User works as a nurse' }).waitFor();
  await noWriteControls('memory browser', ['Export NDJSON', `Erase user ${user}`]);
  await page.getByRole('link', { name: 'User works as a nurse' }).click();
  await page.getByRole('heading', { name: 'Evolution graph' }).waitFor();
  await noWriteControls('memory detail', ['Delete memory']);
  await page.goto(`${BASE}/admin/orgs`);
  await page.getByRole('heading', { name: 'Organizations', level: 1 }).waitFor();
  await noWriteControls('organizations', ['Create organization', 'Rename', 'Delete']);
  await page.goto(`${BASE}/admin/users`);
  await page.getByRole('cell', { name: viewer, exact: true }).waitFor();
  await noWriteControls('users', ['Create user', 'Remove', 'Change role']);
  await page.goto(`${BASE}/admin/orgs/${orgId}/reports`);
  await page.getByRole('cell', { name: 'Weekly executive', exact: true }).waitFor();
  await noWriteControls('report schedules', ['Create schedule', 'Run now: Weekly executive', 'Edit Weekly executive', 'Delete Weekly executive']);
  await page.goto(`${BASE}/admin/apps/${appId}/analytics`);
  await page.getByRole('heading', { name: 'Today (UTC)' }).waitFor();
  await page.goto(`${BASE}/admin/orgs/${orgId}/analytics`);
  await page.getByRole('heading', { name: `Analytics of ${orgName}` }).waitFor();
  await shot('viewer-users');
  await page.goto(`${BASE}/admin/apps/${otherAppId}/memories`);
  await page.getByRole('heading', { name: 'Not found' }).waitFor();
  await shot('not-found');
  // ---- sign out ends the session on the server: the old token is refused
  const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('engram.session')).token);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in to Engram' }).waitFor();
  const replay = await fetch(`${BASE}/admin/v1/me`, { headers: { Authorization: `Bearer ${token}` } });
  check(replay.status === 401, `a signed-out token is refused (got ${replay.status})`);

  console.log(`e2e: passed; screenshots in ${SHOTS}`);
} catch (e) {
  if (page) await page.screenshot({ path: join(SHOTS, 'failure.png'), fullPage: true }).catch(() => {});
  console.error(`e2e: FAILED at ${page?.url()}: ${e.stack ?? e}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}

async function shot(name) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** axe-core on the current page: any violation fails the run. */
async function axe(name) {
  // evaluated through the DevTools protocol: an inline <script> would be (rightly) refused by the CSP
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  check(blocked.length === 0, `the CSP blocked nothing on ${name}: ${blocked.join('; ')}`);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const problems = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  check(problems.length === 0, `accessibility of ${name}:\n  ${problems.join('\n  ')}`);
  console.log(`e2e: axe: ${name} has no violations`);
}

async function noWriteControls(name, labels) {
  for (const label of labels) {
    const n = await page.getByRole('button', { name: label }).count();
    check(n === 0, `a viewer sees no "${label}" on ${name} (found ${n})`);
  }
}

async function signIn(username, password) {
  await page.goto(`${BASE}/admin/sign-in`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: /Apps of|Organizations/, level: 1 }).waitFor();
}

/** An app of another organization (the demo app of the first start), found as the admin. */
async function someOtherAppId() {
  const login = await fetch(`${BASE}/admin/v1/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: PASSWORD }),
  });
  const { access_token: token } = await login.json();
  const auth = { Authorization: `Bearer ${token}` };
  const orgs = await (await fetch(`${BASE}/admin/v1/orgs`, { headers: auth })).json();
  for (const org of orgs.filter((o) => !o.name.startsWith('e2e-org-'))) {
    const apps = await (await fetch(`${BASE}/admin/v1/orgs/${org.id}/apps`, { headers: auth })).json();
    if (apps.length) return apps[0].id;
  }
  throw new Error('no app of another organization to probe');
}
