/**
 * The cost of keeping the report summaries current (issue #16), shared by reports-bench.ts (a
 * month of 5,000 staff) and scale-bench.ts (a year of them): one entry of each of `count` people
 * pushed one by one through the gatekeeper (the write path of `_bulk_docs`), timed until the
 * reports are settled, next to as many pushes of other people with the report maintainer stopped.
 * The maintainer stays stopped afterwards.
 */
import { makeEntry } from '../../client/core/testing/factories';
import { gatedWrite } from '../../sync-server/replication/gatekeeper';
import type { Services } from '../../sync-server/services';

/** Pushes one entry of each person, one push each; ms until `settled` resolves. */
async function pushEach(
  s: Services,
  nips: readonly string[],
  today: string,
  settled: () => Promise<void>,
): Promise<number> {
  const t = performance.now();
  for (const nip of nips) {
    const doc = makeEntry({ nip, date: today, status: 'submitted', round: 1 });
    const [r] = await gatedWrite(s, { nip, name: nip, roles: [] }, [doc], true);
    if (!r?.ok) throw new Error(`push refused: ${JSON.stringify(r)}`);
  }
  await settled();
  return performance.now() - t;
}

/**
 * ms per pushed document with the reports kept (the first `count` of `pushers`) and with the
 * maintainer stopped (the next `count`); `pushers` must hold twice `count` people with a superior.
 */
export async function reportUpdateCost(
  s: Services,
  pushers: readonly string[],
  today: string,
  count: number,
): Promise<{ withReports: number; without: number }> {
  if (pushers.length < 2 * count) throw new Error(`${pushers.length} pushers for 2 x ${count}`);
  const withReports = await pushEach(s, pushers.slice(0, count), today, () => s.reports.settled());
  await s.reports.stop();
  const without = await pushEach(s, pushers.slice(count, 2 * count), today, () =>
    s.tailer.catchUp(),
  );
  return { withReports: withReports / count, without: without / count };
}
