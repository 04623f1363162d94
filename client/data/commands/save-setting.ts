/**
 * Saving the organisation's settings (`setting:kinerja`, the Pengelola of the whole organisation):
 * the weeks without feedback after which a staff member shows in their head's Perlu tindakan, and
 * the competency development settings (JP targets per ASN kind, JP rules per form), and the
 * Perkada's TPP rules. Each save changes its own part and keeps the others as stored. Core judges the writer and the bounds.
 */
import { ids } from '../../core/ids';
import type { SettingDoc } from '../../core/schemas/reference';
import { DEFAULT_FEEDBACK_REMINDER_WEEKS } from '../../core/vocabulary';
import type { TppSettings } from '../../core/schemas/attendance';
import type { DevelopmentSettings } from '../../core/schemas/development';
import { getOrNull } from '../local-db';
import type { CommandContext } from './context';
import { putDoc } from './put-doc';
import type { CommandResult } from './result';
import { command } from './in-flight';

export type SettingInput = Pick<SettingDoc, 'feedbackReminderWeeks'>;

/** The stored settings with `change` applied, stamped now (the defaults where none are stored). */
async function updateSetting(
  change: (doc: SettingDoc) => SettingDoc,
  ctx: CommandContext,
): Promise<CommandResult> {
  const id = ids.setting('kinerja');
  const stored = (await getOrNull(ctx.db, id)) as (SettingDoc & { _rev: string }) | null;
  const base: SettingDoc = stored ?? {
    _id: id,
    type: 'setting',
    schemaVersion: 1,
    key: 'kinerja',
    feedbackReminderWeeks: DEFAULT_FEEDBACK_REMINDER_WEEKS,
    updatedAt: '',
  };
  const doc = change({ ...base, updatedAt: new Date((ctx.now ?? Date.now)()).toISOString() });
  return putDoc(doc, ctx);
}

/** Sets the reminder weeks, keeping the rest of the settings. */
export const saveSetting = command(async function saveSetting(
  input: SettingInput,
  ctx: CommandContext,
): Promise<CommandResult> {
  return updateSetting(
    (doc) => ({ ...doc, feedbackReminderWeeks: input.feedbackReminderWeeks }),
    ctx,
  );
});

/** Sets one optional part of the settings, keeping the rest; null removes it (its defaults). */
function savePart<K extends 'development' | 'tpp'>(
  key: K,
  value: NonNullable<SettingDoc[K]> | null,
  ctx: CommandContext,
): Promise<CommandResult> {
  return updateSetting((doc) => {
    const next: SettingDoc = { ...doc };
    if (value === null) delete next[key];
    else next[key] = value;
    return next;
  }, ctx);
}

/**
 * Sets the competency development settings, keeping the rest; null goes back to the defaults
 * (core/jp.ts) by removing the stored part.
 */
export const saveDevelopmentSettings = command(function saveDevelopmentSettings(
  development: DevelopmentSettings | null,
  ctx: CommandContext,
): Promise<CommandResult> {
  return savePart('development', development, ctx);
});

/**
 * Sets the TPP rules, keeping the rest; null goes back to the common defaults (core/tpp.ts) by
 * removing the stored part.
 */
export const saveTppSettings = command(function saveTppSettings(
  tpp: TppSettings | null,
  ctx: CommandContext,
): Promise<CommandResult> {
  return savePart('tpp', tpp, ctx);
});
