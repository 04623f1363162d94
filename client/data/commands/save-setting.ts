/**
 * Saving the organisation's settings (`setting:kinerja`, the Pengelola of the whole organisation):
 * today the weeks without feedback after which a staff member shows in their head's Perlu
 * tindakan. Core judges the writer and the bounds (1-26 weeks).
 */
import { ids } from '../../core/ids';
import type { SettingDoc } from '../../core/schemas/reference';
import type { CommandContext } from './context';
import { putDoc } from './put-doc';
import type { CommandResult } from './result';

export type SettingInput = Pick<SettingDoc, 'feedbackReminderWeeks'>;

/** Writes (or replaces) the organisation's settings, stamped now. */
export async function saveSetting(
  input: SettingInput,
  ctx: CommandContext,
): Promise<CommandResult> {
  const doc: SettingDoc = {
    _id: ids.setting('kinerja'),
    type: 'setting',
    schemaVersion: 1,
    key: 'kinerja',
    feedbackReminderWeeks: input.feedbackReminderWeeks,
    updatedAt: new Date((ctx.now ?? Date.now)()).toISOString(),
  };
  return putDoc(doc, ctx);
}
