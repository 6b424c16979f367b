/**
 * Site search as a reader meets it: the /search/ page driven by its address, filters, keyboard,
 * the dialog that "/" and Ctrl/Cmd-K open on any page, marks on the page a result opens, and every
 * kind of bad input (a huge query, markup in the address, a missing index, a lost connection).
 */
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { axeInBothSchemes, axeViolations } from './helpers/axe';

const results = (page: Page) => page.getByRole('list', { name: 'Search results' });
const resultLinks = (page: Page) => results(page).locator('a[data-result-link]');

/** Waits until the list shows the answer to `query` (data-state is "done" or "empty"). */
async function settled(page: Page, query: string) {
  const list = page.locator(`[data-search-results][data-query="${query.replace(/"/g, '\\"')}"]`);
  await expect(list).toHaveAttribute('data-state', /^(done|empty)$/, { timeout: 15_000 });
  return list;
}

test.describe('the search page', () => {
  test('runs the query in the address on load and lists titled, typed, highlighted results', async ({ page }) => {
    await page.goto('search/?q=FCR');
    await expect(page.getByRole('searchbox', { name: /Search the playbook/ })).toHaveValue('FCR');
    await settled(page, 'FCR');
    const first = results(page).getByRole('listitem').first();
    await expect(first.getByRole('link', { name: 'First Contact Resolution', exact: true })).toBeVisible();
    await expect(first.getByText('Metric', { exact: true })).toBeVisible();
    await expect(first.locator('mark').first()).toBeVisible();
    await expect(page.getByRole('status')).toContainText(/\d+ results? for “FCR”/);
    // Sub-results deep-link to the matching section of the page.
    const section = first.getByRole('list', { name: /Matching sections/ }).getByRole('link').first();
    await expect(section).toHaveAttribute('href', /\/metrics\/first-contact-resolution\/\?highlight=[^#]+#[\w-]+$/);
  });

  test('shows filters before anything is typed, and keeps them in the address', async ({ page }) => {
    await page.goto('search/');
    const plays = page.getByRole('checkbox', { name: 'Plays' });
    await expect(plays).toBeVisible();
    await expect(page.getByRole('group', { name: 'Play phase' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Metric category' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Maturity stage' })).toBeVisible();

    await page.getByRole('searchbox', { name: /Search the playbook/ }).fill('renewal');
    await settled(page, 'renewal');
    await plays.check();
    await expect(page).toHaveURL(/\/search\/\?q=renewal&type=Play$/);
    // The query is unchanged, so wait for the list itself to show only plays.
    await expect
      .poll(async () => {
        const hrefs = await resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
        return hrefs.length > 0 && hrefs.every((href) => /\/playbook\/[^/]+\//.test(href));
      })
      .toBe(true);
  });

  test('a shared address restores query and filters', async ({ page }) => {
    await page.goto('search/?q=rate&category=Demand&type=Metric');
    await expect(page.getByRole('checkbox', { name: 'Metrics' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Demand' })).toBeChecked();
    await settled(page, 'rate');
    const hrefs = await resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/\/metrics\/[^/]+\//);
  });

  test('arrow keys move through the results and Enter opens one, which marks the searched words', async ({ page }) => {
    await page.goto('search/?q=kickoff');
    await settled(page, 'kickoff');
    const box = page.getByRole('searchbox', { name: /Search the playbook/ });
    await box.focus();
    await page.keyboard.press('ArrowDown');
    await expect(resultLinks(page).nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(resultLinks(page).nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(box).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const title = (await resultLinks(page).nth(0).textContent()) ?? '';
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('main').locator('mark').first()).toBeVisible();
    // The highlight parameter leaves the address once used, so a copied link stays clean.
    await expect(page).not.toHaveURL(/highlight=/);
  });

  test('no results: says so, and offers related terms and popular plays', async ({ page }) => {
    await page.goto('search/?q=zqxwv');
    await settled(page, 'zqxwv');
    await expect(page.getByRole('status')).toContainText('No results for “zqxwv”');
    await expect(page.getByRole('heading', { name: 'Popular plays' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Kickoff call' })).toBeVisible();
    await page.getByRole('button', { name: 'onboarding' }).click();
    await settled(page, 'onboarding');
    await expect(resultLinks(page).first()).toBeVisible();
  });

  test('a misspelt query is corrected, and says so', async ({ page }) => {
    await page.goto('search/?q=escalaton');
    await settled(page, 'escalaton');
    await expect(page.getByRole('status')).toContainText('for “escalation” (you typed “escalaton”)');
    await expect(resultLinks(page).first()).toBeVisible();
  });

  test('passes axe with results and with filters on, light and dark', async ({ page }) => {
    await page.goto('search/?q=outage&type=Play');
    await settled(page, 'outage');
    expect(await axeInBothSchemes(page)).toEqual({ light: [], dark: [] });
  });
});

test.describe('the search dialog', () => {
  test('"/" opens it from any page with the field focused; results come as you type; Escape closes it', async ({ page }) => {
    await page.goto('stages/managed/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await expect(dialog).toBeVisible();
    const box = dialog.getByRole('searchbox');
    await expect(box).toBeFocused();
    await page.keyboard.type('outage email');
    await settled(page, 'outage email');
    const top = await dialog.locator('a[data-result-link]').evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href') ?? ''));
    expect(top.some((href) => href.includes('/playbook/service-outage-communication/'))).toBe(true);
    await expect(dialog.getByRole('link', { name: /See all \d+ results/ })).toHaveAttribute('href', /\/search\/\?q=outage%20email$/);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('Ctrl-K and a click on the header link open it too; Enter opens the first result', async ({ page }) => {
    await page.goto('');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await dialog.getByRole('button', { name: 'Close search' }).click();
    await expect(dialog).toBeHidden();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('QBR');
    await settled(page, 'QBR');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/playbook\/quarterly-business-review\//);
  });

  test('"/" typed into a form field stays a character', async ({ page }) => {
    await page.goto('search/');
    const box = page.getByRole('searchbox', { name: /Search the playbook/ });
    await box.fill('a');
    await box.press('/');
    await expect(box).toHaveValue('a/');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('passes axe while open with results', async ({ page }) => {
    await page.goto('practices/');
    await page.keyboard.press('/');
    await page.keyboard.type('churn');
    await settled(page, 'churn');
    expect(await axeViolations(page, { include: 'dialog' })).toEqual([]);
  });

  test('without JavaScript the header link is a plain link to the search page', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
    const page = await context.newPage();
    await page.goto('playbook/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    await context.close();
  });
});

test.describe('what a content page loads', () => {
  test('nothing of search before interaction; the first search loads the index, and its bytes are reported', async ({ page }) => {
    const loaded: { url: string; bytes: number; gzip: number }[] = [];
    // Bodies arrive after their response event; the tallies below wait for every one read so far.
    const reading: Promise<void>[] = [];
    page.on('response', (response) => {
      // Counted when it arrives; its size once the body is read (a body the page streamed away stays 0).
      const entry = { url: response.url(), bytes: 0, gzip: 0 };
      loaded.push(entry);
      reading.push(
        response.body().then(
          (body) => Object.assign(entry, { bytes: body.length, gzip: gzipSync(body).length }) && undefined,
          () => undefined,
        ),
      );
    });
    const allRead = async () => {
      for (let count = 0; count !== reading.length; ) {
        count = reading.length;
        await Promise.all(reading);
      }
    };
    await page.goto('playbook/kickoff-call/');
    await page.waitForLoadState('networkidle');
    await allRead();
    const before = loaded.filter((entry) => /pagefind|search/i.test(entry.url));
    expect(before.map((entry) => entry.url), 'search code or index before interaction').toEqual([]);
    const scripts = await page.locator('script:not([type="application/ld+json"])').evaluateAll((nodes) =>
      nodes.map((node) => ({ src: node.getAttribute('src'), text: node.textContent ?? '' })),
    );
    const listener = scripts.find((script) => script.text.includes('data-search-link'));
    expect(listener, 'the shortcut listener').toBeTruthy();
    expect(gzipSync(listener?.text ?? '').length, 'shortcut listener, gzip bytes').toBeLessThanOrEqual(1024);

    loaded.length = 0;
    reading.length = 0;
    await page.keyboard.press('/');
    await page.keyboard.type('kickoff');
    await settled(page, 'kickoff');
    await page.waitForLoadState('networkidle');
    await allRead();
    const kinds: Record<string, { files: number; bytes: number; gzip: number }> = {};
    for (const entry of loaded) {
      const kind = /\.js(\?|$)/.test(entry.url) ? 'JS' : /\.css(\?|$)/.test(entry.url) ? 'CSS' : /wasm/.test(entry.url) ? 'WASM' : /pf_index|pf_meta|pf_filter/.test(entry.url) ? 'index' : /pf_fragment/.test(entry.url) ? 'fragments' : 'other';
      kinds[kind] ??= { files: 0, bytes: 0, gzip: 0 };
      kinds[kind].files += 1;
      kinds[kind].bytes += entry.bytes;
      kinds[kind].gzip += entry.gzip;
    }
    console.log(`First search ("/" then "kickoff") loaded:\n${Object.entries(kinds).map(([kind, k]) => `  ${kind.padEnd(10)} ${String(k.files).padStart(3)} files ${String(k.bytes).padStart(8)} B  (${k.gzip} B gzip)`).join('\n')}`);
    expect(kinds['WASM']?.files).toBe(1);
  });
});

test.describe('bad input', () => {
  test('a 10,000-character query is shortened and answered, with no hang', async ({ page }) => {
    const query = 'escalation '.repeat(910).slice(0, 10_000);
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await expect(page.getByText(/shortened to its first 100 characters/)).toBeVisible({ timeout: 15_000 });
    await expect(results(page)).toHaveAttribute('data-state', /^(done|empty)$/);

    await page.getByRole('searchbox', { name: /Search the playbook/ }).fill(query);
    await expect(page.getByText(/shortened to its first 100 characters/)).toBeVisible();
  });

  test('markup in ?q= is shown as text and never runs', async ({ page }) => {
    const alerts: string[] = [];
    page.on('dialog', (dialog) => {
      alerts.push(dialog.message());
      void dialog.dismiss();
    });
    const payload = '<img src=x onerror=alert(1)>';
    await page.goto(`search/?q=${encodeURIComponent(payload)}`);
    await settled(page, payload);
    await expect(page.getByRole('searchbox', { name: /Search the playbook/ })).toHaveValue(payload);
    await expect(page.getByRole('status')).toContainText(payload);
    await expect(page.locator('main img')).toHaveCount(0);
    expect(alerts).toEqual([]);
  });

  test('a missing index gives a clear message', async ({ page }) => {
    await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('search/?q=churn');
    await expect(page.getByRole('alert')).toContainText('no search index');
    await expect(results(page)).toHaveAttribute('data-state', 'error');
  });

  test('offline after the page loaded: a clear message, not an endless spinner', async ({ page, context }) => {
    await page.goto('search/');
    await expect(page.getByRole('checkbox', { name: 'Plays' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    await page.getByRole('searchbox', { name: /Search the playbook/ }).fill('churn');
    await expect(page.getByRole('alert')).toContainText('offline', { timeout: 20_000 });
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Try again' }).click();
    await settled(page, 'churn');
    await expect(resultLinks(page).first()).toBeVisible();
  });

  test('offline on a content page: the shortcut says search could not load', async ({ page, context }) => {
    await page.goto('stages/reactive/');
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    await page.keyboard.press('/');
    await expect(page.getByRole('alert')).toContainText('Search could not load');
    await context.setOffline(false);
  });

  test('a tampered highlight parameter only ever marks words of the page', async ({ page }) => {
    const alerts: string[] = [];
    page.on('dialog', (dialog) => {
      alerts.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`playbook/kickoff-call/?highlight=${encodeURIComponent('<img src=x onerror=alert(1)> kickoff')}`);
    await expect(page.getByRole('main').locator('mark').first()).toHaveText(/kickoff/i);
    const marked = await page.getByRole('main').locator('mark').allTextContents();
    for (const text of marked) expect(text).toMatch(/^[\p{L}\p{N}]+$/u);
    await expect(page.getByRole('main').locator('img')).toHaveCount(0);
    expect(alerts).toEqual([]);
  });
});
