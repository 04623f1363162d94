import { launchBrowser, phoneContext, tabletContext } from '/work/main/tests/e2e/support/browser';
import { startServer } from '/work/main/tests/e2e/support/server';
import { signIn, waitForSynced } from '/work/main/tests/e2e/support/app';
const server = await startServer({ staticDir: '/work/main/dist' });
console.log(server.url);
const browser = await launchBrowser();
for (const dev of ['phone', 'tablet'] as const) {
  const ctx = await (dev === 'phone' ? phoneContext : tabletContext)(browser, server.url);
  const page = await ctx.newPage();
  page.on('console', (m) => console.log('console', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto('/');
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `/tmp/shot-${dev}-signin.png` });
  await signIn(page, dev === 'phone' ? '198811122011012003' : '197805202003122001');
  await waitForSynced(page).catch((e) => console.log('sync wait failed', e.message));
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `/tmp/shot-${dev}-home.png`, fullPage: true });
  await page.goto('/profil');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/shot-${dev}-profil.png`, fullPage: true });
  await ctx.close();
}
await browser.close();
await server.stop();
