import { launchBrowser, phoneContext } from '/work/main/tests/e2e/support/browser';
import { expectNoAxeViolations } from '/work/main/tests/e2e/support/axe';
const browser = await launchBrowser();
const ctx = await phoneContext(browser, 'http://127.0.0.1:1');
const page = await ctx.newPage();
await page.setContent('<html lang="id"><body><main><h1>x</h1><input><p style="color:#aaa;background:#fff">low</p></main></body></html>');
await expectNoAxeViolations(page, 'bad').catch((e) => console.log(String(e).slice(0, 500)));
await browser.close();
