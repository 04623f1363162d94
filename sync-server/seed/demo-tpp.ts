/**
 * The demo organisation's settings document (`setting:kinerja`): the defaults everywhere, and the
 * Perkada's TPP rules as the common table with a monthly base per kelas jabatan, so that the demo
 * shows TPP deductions in rupiah as well as in percent.
 */
import { ids } from '../../client/core/ids';
import type { SettingDoc } from '../../client/core/schemas/reference';
import { DEFAULT_FEEDBACK_REMINDER_WEEKS } from '../../client/core/vocabulary';
import { DEFAULT_TPP_SETTINGS } from '../../client/core/tpp';
import { wib } from './deterministic';

/** Monthly TPP in rupiah per kelas jabatan 1-17 (Pemerintah Gayungan's Perkada, made up). */
const BASES: readonly number[] = [
  1_500_000, 1_750_000, 2_000_000, 2_250_000, 2_500_000, 2_900_000, 3_300_000, 3_800_000, 4_500_000,
  5_200_000, 6_000_000, 7_000_000, 8_500_000, 10_000_000, 12_500_000, 15_000_000, 20_000_000,
];

/** The settings as the Pengelola saved them at the start of the year of `today`. */
export function demoSetting(today: string): SettingDoc {
  return {
    _id: ids.setting('kinerja'),
    type: 'setting',
    schemaVersion: 1,
    key: 'kinerja',
    feedbackReminderWeeks: DEFAULT_FEEDBACK_REMINDER_WEEKS,
    tpp: {
      ...DEFAULT_TPP_SETTINGS,
      bases: Object.fromEntries(BASES.map((amount, i) => [String(i + 1), amount])),
    },
    updatedAt: wib(`${today.slice(0, 4)}-01-02`, 8 * 60),
  };
}
