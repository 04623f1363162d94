/** The "Konflik" list: documents two devices changed differently, each opening its chooser. */
import { useState } from 'react';
import { useConflicts } from '../../data/queries/use-conflicts';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { ConflictChooser } from './conflict-chooser';
import { typeLabelOf } from './denied-fix';
import { syncStatusMessages } from './sync-status-messages';

export function ConflictsList() {
  const t = useT(syncStatusMessages);
  const format = useFormat();
  const conflicts = useConflicts();
  const [open, setOpen] = useState<string | null>(null);
  if (conflicts.length === 0) return null;
  return (
    <section aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">{t('conflictsTitle')}</h2>
      <p>{t('conflictsIntro')}</p>
      <ul className="issue-list">
        {conflicts.map((conflict) => (
          <li key={conflict.id}>
            <Card className="issue">
              <div>
                <h3 className="card__title">{t(typeLabelOf(conflict.type))}</h3>
                <p className="muted">
                  {t('conflictDetected', {
                    when: `${format.date(conflict.detectedAt, 'short')}, ${format.time(conflict.detectedAt)}`,
                  })}
                </p>
              </div>
              <Button variant="primary" onClick={() => setOpen(conflict.id)}>
                {t('chooseVersion')}
              </Button>
            </Card>
          </li>
        ))}
      </ul>
      <ConflictChooser id={open} onClose={() => setOpen(null)} />
    </section>
  );
}
