/**
 * One conflicted document: its versions side by side, only the fields that differ, and a button
 * per version. The data layer writes the chosen content and removes the others.
 */
import { useEffect, useState } from 'react';
import { resolveConflict } from '../../data/commands/resolve-conflict';
import { loadConflictVersions, type ConflictVersion } from '../../data/conflict-leaves';
import { useCommandContext, useReadModel } from '../../data/user-data';
import { Banner } from '../../ui/banner';
import { Button } from '../../ui/button';
import { commonMessages } from '../../ui/common-messages';
import { Dialog } from '../../ui/dialog';
import { useT } from '../../ui/i18n';
import { Skeleton } from '../../ui/skeleton';
import { useReason } from '../../ui/use-reason';
import { syncStatusMessages } from './sync-status-messages';

const HIDDEN_FIELDS = new Set(['_id', 'type', 'schemaVersion', 'updatedAt', 'createdAt']);

/** The fields whose values are not the same in every version. */
export function differingFields(versions: readonly ConflictVersion[]): string[] {
  const keys = new Set(versions.flatMap((v) => Object.keys(v.doc)));
  return [...keys]
    .filter((key) => !HIDDEN_FIELDS.has(key))
    .filter((key) => new Set(versions.map((v) => JSON.stringify(v.doc[key] ?? null))).size > 1)
    .sort();
}

function show(value: unknown, empty: string): string {
  if (value === undefined || value === null || value === '') return empty;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function ConflictChooser({ id, onClose }: { id: string | null; onClose: () => void }) {
  const t = useT(syncStatusMessages);
  const reasonOf = useReason();
  const tc = useT(commonMessages);
  // Loaded versions and errors belong to one document id; another id starts blank.
  const ctx = useCommandContext();
  const rm = useReadModel();
  const [loaded, setLoaded] = useState<{ id: string; versions: ConflictVersion[] } | null>(null);
  const [failed, setFailed] = useState<{ id: string; reason: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const versions = loaded && loaded.id === id ? loaded.versions : null;
  const error = failed && failed.id === id ? t('resolveFailed', { reason: failed.reason }) : null;

  useEffect(() => {
    if (!id) return;
    let live = true;
    void loadConflictVersions(ctx.db, id).then((found) => {
      if (live) setLoaded({ id, versions: found });
    });
    return () => {
      live = false;
    };
  }, [id, ctx.db]);

  async function choose(rev: string) {
    if (!id) return;
    setBusy(rev);
    const result = await resolveConflict(id, rev, ctx, rm);
    setBusy(null);
    if (result.ok) onClose();
    else setFailed({ id, reason: reasonOf(result) });
  }

  const fields = versions ? differingFields(versions) : [];
  return (
    <Dialog
      open={id !== null}
      title={t('versionsTitle')}
      onClose={onClose}
      actions={
        <Button variant="ghost" onClick={onClose}>
          {tc('cancel')}
        </Button>
      }
    >
      <p>{t('versionsIntro')}</p>
      {error && <Banner tone="danger">{error}</Banner>}
      {versions === null ? (
        <Skeleton lines={4} height="1.5rem" announce />
      ) : (
        versions.map((version, index) => (
          <section key={version.rev} className="card" aria-labelledby={`version-${index}`}>
            <h3 id={`version-${index}`}>
              {version.winning
                ? t('currentVersion', { n: index + 1 })
                : t('version', { n: index + 1 })}
            </h3>
            <dl className="facts">
              {fields.map((field) => (
                <div key={field} style={{ display: 'contents' }}>
                  <dt translate="no">{field}</dt>
                  <dd translate="no">{show(version.doc[field], t('emptyValue'))}</dd>
                </div>
              ))}
            </dl>
            <Button
              variant="primary"
              busy={busy === version.rev}
              disabled={busy !== null}
              onClick={() => void choose(version.rev)}
            >
              {t('useVersion', { n: index + 1 })}
            </Button>
          </section>
        ))
      )}
    </Dialog>
  );
}
