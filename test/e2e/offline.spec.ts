/**
 * The site offline and installable, as a reader meets it: the install prerequisites (a valid web app
 * manifest with its icons, a service worker that controls the page), "Save for offline" on the
 * playbook with its size and progress, then with the host shut down and the browser offline: saved
 * pages open with their styles and search finds "kickoff"; a page not stored shows the offline page;
 * the copy can be removed; a refused storage quota is said and what fitted is kept; a browser
 * without service workers shows no control. A second build, with a changed play and stylesheet,
 * reaches a reader online, and no page mixes the two builds' files.
 *
 * Service workers are blocked in the other specs (playwright.config.ts); this one allows them.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, copyProject, type ProjectCopy } from '../bench/lib/project-copy.ts';
import { basePath, sitemapPages, siteDir, withBase } from '../helpers/built-site.ts';
import { axeInBothSchemes } from './helpers/axe';
import {
  builtHeading,
  builtPageCount,
  builtTitle,
  ownHost,
  recordStatusTexts,
  saveOfflineCopy,
  stylesLoaded,
  waitForControl,
  type OwnHost,
} from './helpers/offline';
import { recordCspViolations } from './helpers/site';

test.use({ serviceWorkers: 'allow' });

let host: OwnHost;
test.beforeEach(async () => {
  host = await ownHost();
});
test.afterEach(async () => {
  await host.close();
});

/** Ten pages of the four kinds "Save for offline" promises: plays, practices, metrics and stages. */
function tenSavedPages(): string[] {
  const pages = sitemapPages();
  const of = (section: string, count: number) => {
    const found = pages.filter((page) => page.startsWith(section) && page !== section && !/\/(start-here|benchmark|forecast)\/$/.test(page));
    if (found.length < count) throw new Error(`the sitemap lists fewer than ${count} pages under ${withBase(section)}`);
    return found.slice(0, count);
  };
  return [...of('playbook/', 3), ...of('practices/', 3), ...of('metrics/', 2), ...of('stages/', 2)];
}

test('installable: the manifest is valid with its icons and theme colours, and the service worker controls the page', async ({ page, context }) => {
  const cspViolations = await recordCspViolations(context);
  await page.goto(host.at(''));
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifestHref, 'a <link rel="manifest">').toBeTruthy();
  const manifestUrl = new URL(manifestHref ?? '', page.url());
  const response = await page.request.get(manifestUrl.href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/manifest+json');
  const manifest = (await response.json()) as Record<string, unknown> & { icons: { src: string; sizes: string; type: string; purpose?: string }[] };
  expect(manifest['name']).toBe('Support Maturity Playbook');
  expect(String(manifest['short_name']).length).toBeLessThanOrEqual(12);
  expect(manifest['display']).toBe('standalone');
  expect(new URL(String(manifest['start_url']), manifestUrl).pathname).toBe(withBase(''));
  expect(new URL(String(manifest['scope']), manifestUrl).pathname).toBe(withBase(''));
  expect(manifest['theme_color']).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest['background_color']).toMatch(/^#[0-9a-f]{6}$/i);
  for (const size of [192, 512]) {
    const icon = manifest.icons.find((entry) => entry.sizes === `${size}x${size}` && entry.type === 'image/png');
    expect(icon, `a ${size}×${size} PNG icon`).toBeTruthy();
    const image = await page.request.get(new URL(icon?.src ?? '', manifestUrl).href);
    expect(image.headers()['content-type']).toBe('image/png');
    const bytes = await image.body();
    // A PNG's IHDR chunk holds its width and height at bytes 16–23.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([size, size]);
  }
  expect(manifest.icons.some((entry) => entry.purpose?.includes('maskable'))).toBe(true);
  const themes = await page.locator('meta[name="theme-color"]').evaluateAll((metas) => metas.map((meta) => [meta.getAttribute('media'), meta.getAttribute('content')]));
  expect(themes.map(([media]) => media)).toEqual(['(prefers-color-scheme: light)', '(prefers-color-scheme: dark)']);
  expect(new Set(themes.map(([, colour]) => colour)).size).toBe(2);

  await waitForControl(page);
  const worker = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return { script: registration.active?.scriptURL, scope: registration.scope };
  });
  expect(worker).toEqual({ script: host.at('sw.js'), scope: host.at('') });
  const script = await page.request.get(host.at('sw.js'));
  expect(script.headers()['content-type']).toMatch(/^text\/javascript/);
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(host.at('sw.js'));
  expect(await cspViolations(page)).toEqual([]);
});

test('"Save for offline" shows size and progress; offline, ten saved pages open with their styles and search finds "kickoff"', async ({ page, context }) => {
  test.setTimeout(120_000);
  const pages = builtPageCount();
  await page.goto(host.at('playbook/'));
  await waitForControl(page);
  const statusTexts = await recordStatusTexts(page);
  const { control, status } = await saveOfflineCopy(page, pages);
  await expect(status).toHaveText(new RegExp(`^Saved for offline: ${pages} of ${pages} pages and search \\([\\d.]+ (KB|MB)\\)\\.`), { timeout: 90_000 });
  expect((await statusTexts()).filter((text) => new RegExp(`^Saving… \\d+ of ${pages} pages$`).test(text)).length, 'progress lines').toBeGreaterThan(0);
  await expect(control.getByRole('button', { name: 'Remove offline copy' })).toBeFocused();
  expect((await axeInBothSchemes(page, { include: '.offline-copy' })).light).toEqual([]);

  await host.goOffline(context);
  for (const path of tenSavedPages()) {
    await page.goto(host.at(path));
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(builtHeading(path));
    expect(await stylesLoaded(page), `${path}: its stylesheets`).toBe(true);
  }
  await page.goto(host.at('search/?q=kickoff'));
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('link', { name: /kickoff/i }).first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: /results? for “kickoff”/ })).toBeVisible();
});

test('a page registers the worker four seconds after it opens; "Save for offline" clicked sooner does not wait', async ({ page }) => {
  // The page's clock is Playwright's, paused: its timers run only when the test moves the clock on.
  const registered = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1_000);
  await page.goto(host.at('stages/'));
  await page.clock.runFor(3_900);
  expect(await registered(), 'registered before four seconds').toBe(false);
  await page.clock.runFor(200);
  await expect.poll(registered, { message: 'registered after four seconds' }).toBe(true);

  const fresh = await ownHost();
  try {
    await page.goto(fresh.at('playbook/'));
    expect(await registered()).toBe(false);
    const control = page.getByRole('complementary', { name: 'Offline copy' });
    await control.getByRole('button', { name: 'Save for offline' }).click();
    await expect(control.getByRole('status')).toHaveText(new RegExp(`An offline copy takes [\\d.]+ (KB|MB) in this browser: ${builtPageCount()} pages`));
  } finally {
    await fresh.close();
  }
});

test('offline, a page not stored shows the offline page, which lists and opens the pages read before', async ({ page, context }) => {
  await page.goto(host.at('playbook/'));
  await waitForControl(page);
  await page.goto(host.at('stages/'));
  await host.goOffline(context);

  await page.goto(host.at('metrics/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  const stored = page.getByRole('main').getByRole('list');
  await expect(stored.getByRole('link', { name: builtTitle('playbook/'), exact: true })).toBeVisible();
  await expect(stored.getByRole('link', { name: builtTitle('stages/'), exact: true })).toBeVisible();
  await expect(stored.getByRole('link', { name: builtTitle('metrics/'), exact: true })).toHaveCount(0);
  const { light, dark } = await axeInBothSchemes(page);
  expect(light).toEqual([]);
  expect(dark).toEqual([]);
  await stored.getByRole('link', { name: builtTitle('stages/'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(builtHeading('stages/'));
});

test('"Remove offline copy" deletes it: offline, a saved play is no longer there', async ({ page, context }) => {
  test.setTimeout(120_000);
  const pages = builtPageCount();
  const play = tenSavedPages()[0] ?? '';
  await page.goto(host.at('playbook/start-here/'));
  await waitForControl(page);
  const { control, status } = await saveOfflineCopy(page, pages);
  await expect(status).toHaveText(/^Saved for offline/, { timeout: 90_000 });
  await control.getByRole('button', { name: 'Remove offline copy' }).click();
  await expect(status).toHaveText(/^The offline copy is removed\./);
  await expect(control.getByRole('button', { name: /^Save [\d.]+ (KB|MB) for offline$/ })).toBeVisible();

  await host.goOffline(context);
  await page.goto(host.at(play));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
});

test('storage refused: the control says so, and the pages that fitted still open offline', async ({ page, context }) => {
  test.setTimeout(120_000);
  const pages = builtPageCount();
  await page.goto(host.at('playbook/'));
  await waitForControl(page);
  // Chromium's own switch for a small storage quota on this origin: 600 KB, a quarter of the copy.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: host.origin, quotaSize: 600_000 });
  const { status } = await saveOfflineCopy(page, pages);
  await expect(status).toHaveText(new RegExp(`^Your browser refused more storage, so the copy is incomplete: \\d+ of ${pages} pages are saved and kept\\.`), { timeout: 90_000 });
  const kept = Number(/: (\d+) of/.exec((await status.textContent()) ?? '')?.[1]);
  expect(kept).toBeLessThan(pages);

  await host.goOffline(context);
  await page.goto(host.at('playbook/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(builtHeading('playbook/'));
  expect(await stylesLoaded(page)).toBe(true);
});

test('a browser without service workers: no control, and the playbook works online', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'serviceWorker', { get: () => undefined });
  });
  await page.goto(host.at('playbook/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(builtHeading('playbook/'));
  await expect(page.getByRole('button', { name: 'Save for offline' })).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Offline copy' })).toBeHidden();
  await page.keyboard.press('/');
  await expect(page.getByRole('dialog', { name: /search/i })).toBeVisible();
});

test.describe('a new build', () => {
  let copy: ProjectCopy;
  let secondBuild = '';
  const CHANGED_PLAY = 'kickoff-call';
  /** "Quillwort" is on no page of the site: found offline, it proves the saved index is the new one. */
  const NEW_SUMMARY = 'Changed in the second build, with a word no other page has: quillwort.';

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    copy = copyProject('smp-offline-second-');
    const playFile = join(copy.dir, 'content/playbook', `${CHANGED_PLAY}.mdx`);
    const play = readFileSync(playFile, 'utf8');
    const changed = play.replace(/^summary: .*$/m, `summary: "${NEW_SUMMARY}"`);
    if (changed === play) throw new Error(`content/playbook/${CHANGED_PLAY}.mdx has no summary line to change`);
    writeFileSync(playFile, changed);
    // A changed stylesheet: every page of the second build names a new hashed CSS file.
    const css = join(copy.dir, 'src/styles/global.css');
    writeFileSync(css, `${readFileSync(css, 'utf8')}\n.second-build-marker { outline-offset: 1px; }\n`);
    secondBuild = join(copy.dir, 'out');
    const run = await build(copy.dir, { OUT_DIR: secondBuild, BASE_PATH: basePath() });
    if (run.status !== 0) throw new Error(`the second build failed:\n${run.output.slice(-2000)}`);
  });
  test.afterAll(() => copy?.remove());

  test('online, a reader with a saved copy gets the new page and index; the old build\'s files are gone and none is mixed in', async ({ page, context }) => {
    test.setTimeout(180_000);
    const pages = builtPageCount();
    const playPath = `playbook/${CHANGED_PLAY}/`;
    await page.goto(host.at('playbook/'));
    await waitForControl(page);
    const { status } = await saveOfflineCopy(page, pages);
    await expect(status).toHaveText(/^Saved for offline/, { timeout: 90_000 });
    const oldCaches = await page.evaluate(() => caches.keys());

    // The same origin now serves the second build, as after a deploy.
    const port = Number(new URL(host.origin).port);
    await host.close();
    host = await ownHost(secondBuild, port);
    const secondAssets = new Set(readdirSync(join(secondBuild, '_astro')));
    const firstOnly = readdirSync(join(siteDir(), '_astro')).filter((name) => !secondAssets.has(name));
    expect(firstOnly.length, 'the second build renamed some assets').toBeGreaterThan(0);
    const requested: string[] = [];
    page.on('requestfinished', (request) => requested.push(new URL(request.url()).pathname));

    await page.goto(host.at(playPath));
    await expect(page.getByText(NEW_SUMMARY)).toBeVisible();
    // The new worker takes over once it has stored the new build; the old build's cache is then deleted.
    const oldBuilds = oldCaches.filter((name) => name.includes('-build-'));
    expect(oldBuilds).toHaveLength(1);
    await expect
      .poll(async () => (await page.evaluate(() => caches.keys())).filter((name) => name.includes('-build-')).map((name) => (oldBuilds.includes(name) ? 'first build' : 'second build')), { timeout: 90_000 })
      .toEqual(['second build']);
    await page.reload();
    await expect(page.getByText(NEW_SUMMARY)).toBeVisible();
    expect(await stylesLoaded(page)).toBe(true);
    const sheets = await page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname.split('/').pop() ?? ''));
    expect(sheets.filter((name) => !secondAssets.has(name)), 'stylesheets not of the second build').toEqual([]);
    expect(requested.filter((path) => firstOnly.some((name) => path.endsWith(`/_astro/${name}`))), 'first-build assets requested').toEqual([]);

    // Offline, the saved copy is the second build's: the changed play, and the new index finds its words.
    await host.goOffline(context);
    await page.goto(host.at(playPath));
    await expect(page.getByText(NEW_SUMMARY)).toBeVisible();
    expect(await stylesLoaded(page)).toBe(true);
    await page.goto(host.at('search/?q=quillwort'));
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: builtTitle(playPath, secondBuild) })).toBeVisible({ timeout: 20_000 });
  });
});
