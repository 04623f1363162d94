/**
 * Keeping the catalog of expectation texts (Pengelola of the whole organisation, or admin): a
 * suggested text of the leader's specific expectations for one BerAKHLAK value, optionally for
 * some jenis jabatan only. Heads copy a text into a report's SKP; retired texts are archived.
 */
import { ids, newUlid } from '../../core/ids';
import type { ExpectationDoc } from '../../core/schemas/reference';
import type { BerakhlakValue, JenisJabatan } from '../../core/vocabulary';
import { getOrNull } from '../local-db';
import type { CommandContext } from './context';
import { putDoc } from './put-doc';
import { failure, type CommandResult } from './result';
import { command } from './in-flight';

export type ExpectationInput = {
  /** The stored text's code; null for a new text, which gets a new code. */
  code: string | null;
  value: BerakhlakValue;
  text: string;
  /** The jenis jabatan it suits; empty: every one. */
  jenisJabatan: readonly JenisJabatan[];
  archived: boolean;
};

const NOT_FOUND = 'Teks ekspektasi tidak ditemukan di perangkat ini';

/** Creates a text (`code: null`) or changes the stored one. */
export const saveExpectation = command(async function saveExpectation(
  input: ExpectationInput,
  ctx: CommandContext,
): Promise<CommandResult> {
  const code = input.code ?? newUlid((ctx.now ?? Date.now)()).toLowerCase();
  const id = ids.expectation(code);
  const stored = input.code === null ? null : await getOrNull(ctx.db, id);
  if (input.code !== null && !stored) return failure('not-found', NOT_FOUND);
  const doc: ExpectationDoc = {
    _id: id,
    ...(stored ? { _rev: stored._rev } : {}),
    type: 'expectation',
    schemaVersion: 1,
    code,
    value: input.value,
    text: input.text.trim(),
    ...(input.jenisJabatan.length > 0 ? { jenisJabatan: [...new Set(input.jenisJabatan)] } : {}),
    ...(input.archived ? { archived: true } : {}),
  };
  return putDoc(doc, ctx);
});

/** Archives or restores a stored text, leaving the rest as it is. */
export const setExpectationArchived = command(async function setExpectationArchived(
  code: string,
  archived: boolean,
  ctx: CommandContext,
): Promise<CommandResult> {
  const stored = (await getOrNull(ctx.db, ids.expectation(code))) as
    (ExpectationDoc & { _rev: string }) | null;
  if (!stored) return failure('not-found', NOT_FOUND);
  const next: ExpectationDoc = { ...stored, archived: true };
  if (!archived) delete next.archived;
  return putDoc(next, ctx);
});
