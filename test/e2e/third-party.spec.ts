/**
 * No request leaves the site while searching: Pagefind, its WebAssembly, the index chunks and the
 * result fragments all come from the site's own origin. (Every page is checked in every-page.spec.ts.)
 */
import { expect, test } from '@playwright/test';
import { openSearchOnce, recordOffsiteRequests } from './helpers/site';

test('no third-party requests while searching', async ({ context, page, baseURL }) => {
  const offsite = await recordOffsiteRequests(context, new URL(baseURL ?? '').origin);
  await openSearchOnce(page);
  await page.waitForLoadState('networkidle');
  expect(offsite).toEqual([]);
});
