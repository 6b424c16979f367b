/**
 * Helpers for the offline specs. Each test serves the build on a host of its own
 * (test/helpers/static-host.ts), so "offline" can mean what it means for a reader: the host is shut
 * down and the browser context is offline, and whatever still opens comes from the browser's store.
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { decodeEntities } from '../../helpers/html.ts';
import { basePath, filesUnder, requirePage, siteDir, withBase } from '../../helpers/built-site.ts';
import { serveSite, type StaticHost } from '../../helpers/static-host.ts';

export interface OwnHost {
  /** Absolute URL of a site-relative path ('' is home) on this host. */
  at(path: string): string;
  origin: string;
  /** Shuts the host down and takes the context offline: nothing can reach the site any more. */
  goOffline(context: BrowserContext): Promise<void>;
  close(): Promise<void>;
}

/** Serves `root` (a build for the current base path) on `port` (0: any free port). */
export async function ownHost(root = siteDir(), port = 0): Promise<OwnHost> {
  let host: StaticHost | undefined = await serveSite(root, basePath(), port);
  const origin = host.origin;
  const close = async () => {
    await host?.close();
    host = undefined;
  };
  return {
    origin,
    at: (path) => `${origin}${withBase(path)}`,
    goOffline: async (context) => {
      await close();
      await context.setOffline(true);
    },
    close,
  };
}

/** Waits until the site's service worker controls the page (it claims open pages once active). */
export async function waitForControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 20_000 });
}

/** Pages the offline copy must hold: every page file of the build but the 404 page. */
export function builtPageCount(root = siteDir()): number {
  return filesUnder(root, 'index.html').length;
}

/** The h1 text of a built page, read from its file. */
export function builtHeading(path: string, root = siteDir()): string {
  const html = readFileSync(requirePage(path, 'the offline spec', root), 'utf8');
  const inner = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  return decodeEntities(inner.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
}

/** The title a built page shows in lists: its <title> before " · Support Maturity Playbook". */
export function builtTitle(path: string, root = siteDir()): string {
  const html = readFileSync(requirePage(path, 'the offline spec', root), 'utf8');
  return decodeEntities(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '').split(' · ')[0] ?? '';
}

/** True when every stylesheet of the page loaded and has rules (a page without its CSS fails). */
export async function stylesLoaded(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const sheets = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
    return sheets.length > 0 && sheets.every((link) => (link.sheet?.cssRules.length ?? 0) > 0);
  });
}

/** Collects every text the "Save for offline" status shows, so a passing progress line is seen. */
export async function recordStatusTexts(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const status = document.querySelector('[data-offline-status]');
    const seen: string[] = [];
    (window as unknown as { offlineStatusTexts: string[] }).offlineStatusTexts = seen;
    if (status) new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { offlineStatusTexts: string[] }).offlineStatusTexts);
}

/** Opens the control on the page and saves the copy; returns the status line. */
export async function saveOfflineCopy(page: Page, pages: number) {
  const control = page.getByRole('complementary', { name: 'Offline copy' });
  await control.getByRole('button', { name: 'Save for offline' }).click();
  const status = control.getByRole('status');
  await expect(status).toHaveText(new RegExp(`An offline copy takes [\\d.]+ (KB|MB) in this browser: ${pages} pages and the search index\\.`));
  await control.getByRole('button', { name: /^Save [\d.]+ (KB|MB) for offline$/ }).click();
  return { control, status };
}
