/**
 * The catalog of expectation texts on this device (read model `docs` table, type `expectation`):
 * the console lists and edits them, the SKP approval offers them to the head.
 */
import type { ExpectationDoc } from '../../core/schemas/reference';
import { BERAKHLAK } from '../../core/vocabulary';
import type { ReadModel } from '../read-model';

export type ExpectationText = ExpectationDoc & { rev: string };

/** Every expectation text, archived ones included, in BerAKHLAK order, then by text. */
export async function expectationTexts(rm: ReadModel): Promise<ExpectationText[]> {
  const rows = await rm.docs.where('type').equals('expectation').toArray();
  return rows
    .map((r) => ({ ...(r.doc as ExpectationDoc), rev: r.rev }))
    .sort(
      (a, b) =>
        BERAKHLAK.indexOf(a.value) - BERAKHLAK.indexOf(b.value) ||
        a.text.localeCompare(b.text, 'id-ID'),
    );
}
