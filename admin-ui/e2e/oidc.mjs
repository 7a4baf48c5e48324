// Console sign-in through Keycloak in a real browser: Debian's chromium (playwright-core) against a
// running Engram configured with a running Keycloak. Started by the api module's
// KeycloakConsoleBrowserIT, which passes:
//   ENGRAM_URL        e.g. http://localhost:41234
//   KC_USERNAME       a console user provisioned in Keycloak, and KC_PASSWORD its password
//   SCREENSHOT_DIR    where the screenshots go (not committed)
//   CHROMIUM          the browser (default /usr/bin/chromium)
// Exits non-zero on a failure.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const BASE = required('ENGRAM_URL').replace(/\/$/, '');
const USERNAME = required('KC_USERNAME');
const PASSWORD = required('KC_PASSWORD');
const SHOTS = process.env.SCREENSHOT_DIR ?? 'target/screenshots';
mkdirSync(SHOTS, { recursive: true });

function required(name) {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
}
const step = (name) => console.log(`oidc-e2e: ${name}`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-background-networking'],
});
let page;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(30_000);

  step('sign-in page offers Keycloak');
  await page.goto(`${BASE}/admin/orgs`);
  await page.getByRole('button', { name: 'Sign in with Keycloak' }).click();

  step("Keycloak's login page");
  await page.waitForURL(/\/realms\/engram\/protocol\/openid-connect\/auth/);
  await page.locator('#username').fill(USERNAME);
  await page.locator('#password').fill(PASSWORD);
  await page.screenshot({ path: join(SHOTS, 'keycloak-login.png') });
  await page.locator('#kc-login').click();

  step('first sign-in: Keycloak asks for a new password (the one Engram set is temporary)');
  await page.locator('#password-new').fill(`${PASSWORD}-renewed`);
  await page.locator('#password-confirm').fill(`${PASSWORD}-renewed`);
  await page.screenshot({ path: join(SHOTS, 'keycloak-update-password.png') });
  await page.locator('#password-new').press('Enter');

  step('back in the console, signed in, on the page asked for');
  await page.waitForURL(`${BASE}/admin/orgs`);
  await page.getByText(USERNAME.toLowerCase()).first().waitFor();
  await page.getByRole('heading', { name: 'Organizations', exact: true }).waitFor();
  await page.screenshot({ path: join(SHOTS, 'keycloak-signed-in.png') });

  step('sign out ends the Keycloak session too');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(`${BASE}/admin/sign-in`);
  await page.getByRole('button', { name: 'Sign in with Keycloak' }).click();
  await page.waitForURL(/\/realms\/engram\/protocol\/openid-connect\/auth/);
  await page.locator('#username').waitFor(); // the login form again: no single sign-on left
  console.log('oidc-e2e: ok');
} catch (e) {
  if (page) await page.screenshot({ path: join(SHOTS, 'keycloak-failure.png') }).catch(() => {});
  console.error(e);
  process.exitCode = 1;
} finally {
  await browser.close();
}
