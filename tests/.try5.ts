import { writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import { startServer } from '/work/main/tests/e2e/support/server';
import { spawn } from 'node:child_process';
import { mkdtempSync, existsSync, readFileSync } from 'node:fs';
import { CHROMIUM_FLAGS } from '/work/main/tests/e2e/support/browser';
const server = await startServer({ staticDir: '/work/main/dist' });
const profile = mkdtempSync('/tmp/lhp-');
const child = spawn('/usr/bin/chromium', [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });
const pf = `${profile}/DevToolsActivePort`;
while (!existsSync(pf)) await new Promise((r) => setTimeout(r, 100));
const port = Number(readFileSync(pf, 'utf8').split('\n')[0]);
const r = await lighthouse(`${server.url}/`, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
writeFileSync('/tmp/lhr.json', JSON.stringify(r!.lhr));
for (const cat of Object.values(r!.lhr.categories)) {
  console.log(cat.id, cat.score);
  for (const ref of cat.auditRefs) {
    const a = r!.lhr.audits[ref.id]!;
    if (ref.weight > 0 && a.score !== null && a.score < 1) console.log('  ', ref.id, a.score, a.displayValue ?? '');
  }
}
child.kill();
await server.stop();
