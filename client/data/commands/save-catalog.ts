/**
 * Keeping the activity catalog (Pengelola or admin): a template for daily entries with its
 * satuan, usual minutes, aspect and the jabatan it is offered to. Retired templates are archived,
 * not deleted, so entries that used them keep their name.
 */
import { ids, isKey } from '../../core/ids';
import type { CatalogDoc } from '../../core/schemas/reference';
import { getOrNull } from '../local-db';
import type { CommandContext } from './context';
import { putDoc } from './put-doc';
import { failure, type CommandResult } from './result';
import { command } from './in-flight';

export type CatalogInput = {
  code: string;
  name: string;
  satuan: string;
  defaultMinutes: number | null;
  aspect: NonNullable<CatalogDoc['aspect']> | null;
  /** The jabatan it is offered to; empty: everyone. */
  positions: readonly string[];
  archived: boolean;
};

/** Why a code is refused, in the words the form shows next to it. */
export const INVALID_CODE =
  'Kode hanya boleh huruf kecil, angka, dan tanda hubung (paling banyak 64), diawali huruf atau angka';

/** Creates a template (`create`: its code must be new) or changes the stored one. */
export const saveCatalog = command(async function saveCatalog(
  input: CatalogInput,
  ctx: CommandContext,
  { create }: { create: boolean },
): Promise<CommandResult> {
  if (!isKey(input.code)) return failure('invalid-code', INVALID_CODE, 'code');
  const id = ids.catalog(input.code);
  const stored = await getOrNull(ctx.db, id);
  if (create && stored) return failure('code-taken', 'Kode ini sudah dipakai templat lain', 'code');
  if (!create && !stored) return failure('not-found', 'Templat tidak ditemukan di perangkat ini');
  const doc = {
    _id: id,
    ...(stored ? { _rev: stored._rev } : {}),
    type: 'catalog',
    schemaVersion: 1,
    code: input.code,
    name: input.name.trim(),
    satuan: input.satuan.trim(),
    ...(input.defaultMinutes !== null ? { defaultMinutes: input.defaultMinutes } : {}),
    ...(input.aspect !== null ? { aspect: input.aspect } : {}),
    ...(input.positions.length > 0 ? { positions: [...input.positions] } : {}),
    ...(input.archived ? { archived: true } : {}),
  };
  return putDoc(doc, ctx);
});

/** Archives or restores a stored template, leaving the rest as it is. */
export const setCatalogArchived = command(async function setCatalogArchived(
  code: string,
  archived: boolean,
  ctx: CommandContext,
): Promise<CommandResult> {
  const stored = (await getOrNull(ctx.db, ids.catalog(code))) as
    (CatalogDoc & { _rev: string }) | null;
  if (!stored) return failure('not-found', 'Templat tidak ditemukan di perangkat ini');
  const next: CatalogDoc = { ...stored, archived: true };
  if (!archived) delete next.archived;
  return putDoc(next, ctx);
});
