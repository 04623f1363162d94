/**
 * What the parts of the catalog show the same way: the notice after a change, a row's Ubah and
 * Arsipkan/Pulihkan buttons (and the archiving behind them), a list's toolbar, and a form's frame
 * (heading, fields, a refusal not about one field, Simpan, back).
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import type { CommandResult } from '../../../data/commands/result';
import { Banner } from '../../../ui/banner';
import { Button } from '../../../ui/button';
import { Checkbox } from '../../../ui/checkbox';
import { commonMessages } from '../../../ui/common-messages';
import { useT } from '../../../ui/i18n';
import { Link, navigate } from '../../../ui/navigation';
import { useReason } from '../../../ui/use-reason';
import { catalogsMessages } from './catalogs-messages';

export type Notice = { tone: 'success' | 'danger'; text: string };

/** The outcome of the last change, announced politely (an alert when refused). */
export function NoticeBanner({ notice }: { notice: Notice | null }) {
  return (
    <div aria-live="polite">
      {notice && (
        <Banner tone={notice.tone} role={notice.tone === 'danger' ? 'alert' : 'status'}>
          {notice.text}
        </Banner>
      )}
    </div>
  );
}

/** A sub-path that names no entry: says so, with the way back to the list. */
export function EntryNotFound({ text, back, to }: { text: string; back: string; to: string }) {
  return (
    <>
      <p>{text}</p>
      <Link to={to}>{back}</Link>
    </>
  );
}

type ToolbarProps = {
  /** The part's own filters, before the common controls. */
  children?: ReactNode;
  showArchived: boolean;
  onShowArchived: (show: boolean) => void;
  /** The add button's text and the new entry's path; disabled unless writable. */
  addLabel: string;
  addPath: string;
  writable: boolean;
};

/** A list's toolbar: the part's filters, "Tampilkan yang diarsipkan" and the add button. */
export function ListToolbar({
  children,
  showArchived,
  onShowArchived,
  addLabel,
  addPath,
  writable,
}: ToolbarProps) {
  const t = useT(catalogsMessages);
  return (
    <div className="console-toolbar">
      {children}
      <Checkbox
        label={t('showArchived')}
        checked={showArchived}
        onChange={(e) => onShowArchived(e.target.checked)}
      />
      <Button variant="primary" disabled={!writable} onClick={() => navigate(addPath)}>
        {addLabel}
      </Button>
    </div>
  );
}

/**
 * Archiving or restoring rows by key: a row's button is disabled while its write runs, and the
 * outcome becomes a notice (`done` says it in the part's words).
 */
export function useArchiving(
  write: (key: string, archived: boolean) => Promise<CommandResult>,
  onNotice: (n: Notice) => void,
) {
  const t = useT(catalogsMessages);
  const reasonOf = useReason();
  const [busy, setBusy] = useState<string | null>(null);
  return {
    isBusy: (key: string) => busy === key,
    archive: async (key: string, archived: boolean, done: string) => {
      setBusy(key);
      const result = await write(key, archived);
      setBusy(null);
      onNotice(
        result.ok
          ? { tone: 'success', text: done }
          : { tone: 'danger', text: t('refused', { reason: reasonOf(result) }) },
      );
    },
  };
}

type RowProps = {
  /** What the row is, for the buttons' accessible names ("Ubah: Rapat koordinasi"). */
  name: string;
  archived: boolean;
  /** False offline or while the row is being changed. */
  canArchive: boolean;
  onEdit: () => void;
  onArchive: (archived: boolean) => void;
};

/** A row's actions: open it, and archive or restore it. */
export function EntryActions({ name, archived, canArchive, onEdit, onArchive }: RowProps) {
  const t = useT(catalogsMessages);
  const toggle = archived ? t('unarchive') : t('archive');
  return (
    <div className="console-row-actions">
      <Button aria-label={`${t('edit')}: ${name}`} onClick={onEdit}>
        {t('edit')}
      </Button>
      <Button
        aria-label={`${toggle}: ${name}`}
        disabled={!canArchive}
        onClick={() => onArchive(!archived)}
      >
        {toggle}
      </Button>
    </div>
  );
}

type FooterProps = {
  /** A refusal no field of the form explains, in the server's or core's words. */
  refusal: string | null;
  writable: boolean;
  busy: boolean;
  backLabel: string;
  onCancel: () => void;
};

/** A catalog form's footer: the refusal of the whole entry, Simpan and the way back. */
function FormFooter({ refusal, writable, busy, backLabel, onCancel }: FooterProps) {
  const t = useT(catalogsMessages);
  const tc = useT(commonMessages);
  return (
    <>
      {refusal !== null && (
        <Banner tone="danger" role="alert">
          {t('refused', { reason: refusal })}
        </Banner>
      )}
      <div className="console-actions">
        <Button type="submit" variant="primary" busy={busy} disabled={!writable}>
          {tc('save')}
        </Button>
        <Button onClick={onCancel}>{backLabel}</Button>
      </div>
    </>
  );
}

type FrameProps = FooterProps & {
  /** The heading's id, which names the form. */
  titleId: string;
  title: string;
  onSubmit: (event: FormEvent) => Promise<void>;
  children: ReactNode;
};

/** A catalog form: its heading, its fields (disabled unless writable) and its footer. */
export function EntryFormFrame({ titleId, title, onSubmit, children, ...footer }: FrameProps) {
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      <fieldset className="console-fieldset" disabled={!footer.writable}>
        {children}
      </fieldset>
      <FormFooter {...footer} />
    </form>
  );
}
