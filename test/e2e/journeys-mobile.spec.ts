/**
 * Journey 5: every page of the sitemap on a 390 × 844 phone screen.
 *
 *   - Nothing in <main> is wider than the screen, unless it sits in a box that scrolls sideways and
 *     says so (a visible hint the reader can see while the box can scroll).
 *   - A page with three or more h2 sections has the "On this page" contents, and each of its links
 *     leads to a section heading of the page.
 *   - No two words run together where a link or other inline element meets the text beside it.
 *   - The header keeps the five sections on one row, fully on screen, with Search beside the name.
 *
 * One browser context per worker serves all its pages; each page is its own test.
 */
import { expect, test as base, type Page } from '@playwright/test';
import { everyPage, label, NOT_FOUND_PAGE } from './helpers/site';

const PHONE = { width: 390, height: 844 };

const test = base.extend<object, { phone: Page }>({
  phone: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL ?? '', viewport: PHONE, isMobile: true, hasTouch: true });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

interface Overflow { element: string; right: number; scroller: string | null; hint: string | null }

/** Elements of <main> reaching past the screen's right or left edge, each with the box that scrolls it, if any, and that box's hint. */
function overflowsOf(page: Page): Promise<Overflow[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const describe = (element: Element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`;
    const found: Overflow[] = [];
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || (box.right <= width + 1 && box.left >= -1)) continue;
      let scroller: Element | null = element.parentElement;
      while (scroller && scroller.tagName !== 'MAIN') {
        const style = getComputedStyle(scroller);
        if (/(auto|scroll)/.test(style.overflowX) && scroller.scrollWidth > scroller.clientWidth) break;
        scroller = scroller.parentElement;
      }
      const scrolls = scroller && scroller.tagName !== 'MAIN' ? scroller : null;
      let hint: string | null = null;
      if (scrolls) {
        // The hint the box shows: its ::before text while visible, or the visible text it is labelled or described by.
        const before = getComputedStyle(scrolls, '::before');
        if (before.content && before.content !== 'none' && parseFloat(before.height) > 0) hint = before.content;
        for (const attribute of ['aria-describedby', 'aria-labelledby']) {
          for (const id of (scrolls.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean)) {
            const target = document.getElementById(id);
            if (target && target.getBoundingClientRect().height > 0) hint = `${hint ?? ''} ${target.textContent}`;
          }
        }
      }
      found.push({ element: describe(element), right: Math.round(box.right), scroller: scrolls && describe(scrolls), hint });
      if (found.length > 20) break;
    }
    return found;
  });
}

/**
 * Inline elements whose text touches a word on either side ("fromyour details", "detailsas you
 * type", "see them.Your data"): a letter at the element's edge and a letter or the end of a
 * sentence at the neighbouring text's edge, with the element laid out inline (a flex or grid item is
 * boxed apart, and the gap separates it). The whole page, footer included.
 */
function runTogether(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const inline = new Set(['A', 'STRONG', 'EM', 'B', 'I', 'CODE', 'SPAN', 'CITE', 'ABBR', 'DFN', 'KBD', 'SMALL', 'MARK']);
    const found: string[] = [];
    for (const element of document.querySelectorAll('body *')) {
      if (!inline.has(element.tagName) || element.closest('[hidden]') || getComputedStyle(element).display !== 'inline') continue;
      const own = element.textContent ?? '';
      const [previous, next] = [element.previousSibling, element.nextSibling];
      const before = previous?.nodeType === Node.TEXT_NODE ? (previous.textContent ?? '') : '';
      const after = next?.nodeType === Node.TEXT_NODE ? (next.textContent ?? '') : '';
      if (/[\p{L}.,;:!?]$/u.test(before) && /^\p{L}/u.test(own)) found.push(`${before.slice(-20)}|${own.slice(0, 20)}`);
      if (/\p{L}$/u.test(own) && /^\p{L}/u.test(after)) found.push(`${own.slice(-20)}|${after.slice(0, 20)}`);
    }
    return found;
  });
}

for (const path of everyPage()) {
  test(`${label(path)} at 390 px: nothing wider than the screen, contents when long, words kept apart`, async ({ phone: page }) => {
    const response = await page.goto(path);
    expect.soft(response?.status(), 'HTTP status').toBe(path === NOT_FOUND_PAGE ? 404 : 200);
    await page.waitForLoadState('load');

    for (const overflow of await overflowsOf(page)) {
      expect.soft(overflow.scroller, `${overflow.element} reaches ${overflow.right}px on a ${PHONE.width}px screen outside any box that scrolls`).not.toBeNull();
      expect.soft(overflow.hint ?? '', `${overflow.element} scrolls in ${overflow.scroller}, which should say so`).toMatch(/scroll/i);
    }

    const sections = page.getByRole('main').locator('h2');
    if ((await sections.count()) >= 3) {
      const contents = page.getByRole('navigation', { name: 'On this page' });
      await expect(contents, 'a page with three or more sections has "On this page"').toBeVisible();
      await contents.getByText('On this page').click();
      const links = contents.getByRole('link');
      expect(await links.count()).toBeGreaterThanOrEqual(3);
      for (const href of await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''))) {
        expect.soft(href, 'contents links point into the page').toMatch(/^#./);
        const target = page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`);
        await expect.soft(target, `${href} leads to a section heading`).toHaveCount(1);
        expect.soft(await target.evaluate((element) => element.tagName).catch(() => ''), href).toBe('H2');
      }
    }

    expect.soft(await runTogether(page), 'words run together').toEqual([]);
  });
}

test('the header keeps the sections on one row, fully on screen, with Search beside the site name', async ({ phone: page }) => {
  for (const path of ['', 'metrics/', 'playbook/kickoff-call/']) {
    await page.goto(path);
    const nav = page.getByRole('navigation', { name: 'Main' });
    const boxes = await Promise.all(['Stages', 'Assess', 'Playbook', 'Practices', 'Metrics'].map((name) => nav.getByRole('link', { name, exact: true }).boundingBox()));
    const tops = boxes.map((box) => Math.round(box?.y ?? -1));
    expect(new Set(tops).size, `${path}: one row (${tops.join(', ')})`).toBe(1);
    for (const box of boxes) expect(box && box.x >= 0 && box.x + box.width <= PHONE.width, `${path}: every section link on screen`).toBe(true);
    const search = await nav.getByRole('link', { name: 'Search' }).boundingBox();
    const name = await page.getByRole('link', { name: 'Support Maturity Playbook' }).boundingBox();
    expect(search && name && Math.abs(search.y + search.height / 2 - (name.y + name.height / 2)) < search.height, 'Search beside the name').toBe(true);
    const header = await page.getByRole('banner').boundingBox();
    expect(header?.height ?? 999, 'header height').toBeLessThanOrEqual(100);
  }
});

test('the metrics index keeps each metric\'s name and published figures in view', async ({ phone: page }) => {
  await page.goto('metrics/');
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Churn', exact: true }) });
  await row.scrollIntoViewIfNeeded();
  for (const part of [row.getByRole('link', { name: 'Churn', exact: true }), row.getByText(/Typical 10%/)]) {
    const box = await part.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= PHONE.width, 'on screen without scrolling sideways').toBe(true);
  }
});
