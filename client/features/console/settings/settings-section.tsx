/**
 * Pengaturan (/kelola/pengaturan): the organisation's settings document `setting:kinerja`, kept by
 * the Pengelola of the whole organisation: the weeks without feedback after which a staff member
 * shows in their head's Perlu tindakan, the JP settings of competency development
 * (jp-settings-form.tsx) and the Perkada's TPP rules (tpp-settings-form.tsx). Each form saves its own part and keeps the other. What is typed is kept as a draft until it is saved;
 * offline, or for a Pengelola of one unit, it is read-only.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import type { SettingDoc } from '../../../core/schemas/reference';
import { DEFAULT_FEEDBACK_REMINDER_WEEKS } from '../../../core/vocabulary';
import { saveSetting } from '../../../data/commands/save-setting';
import { useDraft } from '../../../data/drafts';
import { KINERJA_SETTING_ID } from '../../../data/queries/todo-queries';
import { useSessionStore } from '../../../data/session-store';
import { useCommandContext, useReadModel } from '../../../data/user-data';
import { Banner } from '../../../ui/banner';
import { Button } from '../../../ui/button';
import { useT } from '../../../ui/i18n';
import { TextField } from '../../../ui/text-field';
import { useReason } from '../../../ui/use-reason';
import { useConsoleWritable } from '../use-console-writable';
import { JpSettingsForm } from './jp-settings-form';
import { settingsMessages } from './settings-messages';
import { TppSettingsForm } from './tpp-settings-form';

const MIN_WEEKS = 1;
const MAX_WEEKS = 26;

/** The typed weeks as a number, or null when they are not a whole number from 1 to 26. */
export function parseWeeks(typed: string): number | null {
  const value = Number(typed.trim());
  return /^\d+$/.test(typed.trim()) && value >= MIN_WEEKS && value <= MAX_WEEKS ? value : null;
}

type Notice = { tone: 'success' | 'danger'; text: string };

export function SettingsSection() {
  const t = useT(settingsMessages);
  const ctx = useCommandContext();
  const rm = useReadModel();
  const reasonOf = useReason();
  const online = useConsoleWritable();
  const wholeOrg = useSessionStore((s) => !s.user?.scope);
  const writable = online && wholeOrg;
  const stored = useLiveQuery(
    async () => ((await rm.docs.get(KINERJA_SETTING_ID))?.doc as SettingDoc | undefined) ?? null,
    [rm],
  );
  const weeks = stored?.feedbackReminderWeeks ?? DEFAULT_FEEDBACK_REMINDER_WEEKS;
  const [typed, setTyped, draft] = useDraft<string | null>('kelola:pengaturan', null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const value = parseWeeks(typed ?? String(weeks));
    if (value === null) {
      setError(t('weeksInvalid'));
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const result = await saveSetting({ feedbackReminderWeeks: value }, ctx);
      if (result.ok) {
        await draft.discard();
        setNotice({ tone: 'success', text: t('saved', { weeks: value }) });
      } else if (result.field === 'feedbackReminderWeeks') {
        setError(reasonOf(result));
      } else {
        setNotice({ tone: 'danger', text: t('refused', { reason: reasonOf(result) }) });
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      {!wholeOrg && <Banner tone="info">{t('wholeOrgOnly')}</Banner>}
      <div aria-live="polite">
        {notice && (
          <Banner tone={notice.tone} role={notice.tone === 'danger' ? 'alert' : 'status'}>
            {notice.text}
          </Banner>
        )}
      </div>
      {stored !== undefined && (
        <form className="console-form" onSubmit={(e) => void submit(e)} noValidate>
          <p>{stored === null ? t('currentDefault', { weeks }) : t('current', { weeks })}</p>
          <TextField
            label={t('weeks')}
            hint={t('weeksHint')}
            inputMode="numeric"
            autoComplete="off"
            value={typed ?? String(weeks)}
            error={error ?? undefined}
            disabled={!writable}
            onChange={(e) => setTyped(e.target.value)}
          />
          <Button type="submit" variant="primary" busy={busy} disabled={!writable}>
            {t('save')}
          </Button>
        </form>
      )}
      <JpSettingsForm writable={writable} />
      <TppSettingsForm writable={writable} />
    </section>
  );
}
