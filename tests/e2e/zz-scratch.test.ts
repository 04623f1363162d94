import { it } from 'vitest';
import { signIn } from './support/app';
import { DEWI, SRI } from './support/demo';
import { useHarness } from './support/harness';

const h = useHarness();
it('scratch', async () => {
  const ctx = await h.context('tablet');
  const p = await ctx.newPage();
  p.on('pageerror', (e) => console.log('pageerror', e.message));
  await signIn(p, SRI.nip);
  await p.waitForTimeout(6000);
  await p.goto('/penilaian');
  await p.waitForTimeout(2000);
  await p.screenshot({ path: '/tmp/shots/penilaian.png', fullPage: true });
  await p.goto(`/penilaian/${DEWI.nip}/2026-q4`);
  await p.waitForTimeout(2000);
  await p.screenshot({ path: '/tmp/shots/editor.png', fullPage: true });
  await p.screenshot({ path: '/tmp/shots/editor-top.png' });
  await p.goto(`/penilaian/${DEWI.nip}/2026-q3`);
  await p.waitForTimeout(2000);
  await p.screenshot({ path: '/tmp/shots/editor-final.png' });
  await p.goto(`/penilaian/${DEWI.nip}/2026-q3/dokumen`);
  await p.waitForTimeout(2000);
  await p.emulateMedia({ media: 'print' });
  await p.screenshot({ path: '/tmp/shots/doc.png', fullPage: true });
});
