/**
 * Keeping the catalog of development activities (katalog pengembangan kompetensi; the Pengelola of
 * the whole organisation): a new activity gets a code made from its title; a retired one is
 * archived, not deleted, so the records that used it keep their title and JP. Core judges the
 * writer and every field (a refusal names the field the form shows it next to).
 */
import { ids, isKey } from '../../core/ids';
import type { TrainingDoc } from '../../core/schemas/development';
import { getOrNull } from '../local-db';
import type { CommandContext } from './context';
import { putDoc } from './put-doc';
import { failure, type CommandResult } from './result';
import { command } from './in-flight';

export type TrainingInput = Omit<
  TrainingDoc,
  '_id' | '_rev' | 'type' | 'schemaVersion' | 'trainingId'
>;

/** A code from a title: lowercase letters and digits joined by hyphens (`manajemen-waktu`). */
export function trainingCodeOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 56)
    .replace(/-+$/, '');
  return isKey(slug) ? slug : 'kegiatan';
}

/** The first free code for a new activity titled `title` (`-2`, `-3`, ... when taken). */
async function freeCode(title: string, ctx: CommandContext): Promise<string> {
  const base = trainingCodeOf(title);
  for (let n = 1; ; n++) {
    const code = n === 1 ? base : `${base}-${n}`;
    if (!(await getOrNull(ctx.db, ids.training(code)))) return code;
  }
}

/** Adds an activity (`trainingId` null) or changes the stored one; the result's id names it. */
export const saveTraining = command(async function saveTraining(
  trainingId: string | null,
  input: TrainingInput,
  ctx: CommandContext,
): Promise<CommandResult> {
  const code = trainingId ?? (await freeCode(input.title, ctx));
  const stored = await getOrNull(ctx.db, ids.training(code));
  if (trainingId !== null && !stored)
    return failure('not-found', 'Kegiatan tidak ditemukan di perangkat ini');
  const doc: TrainingDoc = {
    _id: ids.training(code),
    ...(stored ? { _rev: stored._rev } : {}),
    type: 'training',
    schemaVersion: 1,
    trainingId: code,
    title: input.title.trim(),
    description: input.description.trim(),
    form: input.form,
    area: input.area,
    jp: input.jp,
    provider: input.provider.trim(),
    mode: input.mode,
    start: input.start,
    end: input.end,
    seats: input.seats,
    focus: [...input.focus],
    ...(input.archived ? { archived: true } : {}),
  };
  return putDoc(doc, ctx);
});

/** Archives a stored activity (no longer offered) or offers it again, leaving the rest. */
export const setTrainingArchived = command(async function setTrainingArchived(
  trainingId: string,
  archived: boolean,
  ctx: CommandContext,
): Promise<CommandResult> {
  const stored = (await getOrNull(ctx.db, ids.training(trainingId))) as TrainingDoc | null;
  if (!stored) return failure('not-found', 'Kegiatan tidak ditemukan di perangkat ini');
  const next: TrainingDoc = { ...stored, archived: true };
  if (!archived) delete next.archived;
  return putDoc(next, ctx);
});
