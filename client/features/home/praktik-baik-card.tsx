/**
 * Praktik baik on Beranda: the apresiasi colleagues of the unit agreed to share, newest first, a
 * few at a time. Only what the shared documents say: who, the head's name when known, the
 * agreed text and when it was shared; nothing else of the feedback reaches colleagues.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { unitPraktikBaik } from '../../data/queries/feedback-inbox-queries';
import { useReadModel } from '../../data/user-data';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Skeleton } from '../../ui/skeleton';
import { praktikBaikMessages } from './praktik-baik-messages';
import './praktik-baik-card.css';

/** How many the card shows before "Lihat semua". */
const FEW = 3;

export function PraktikBaikCard({ unitId }: { unitId: string }) {
  const t = useT(praktikBaikMessages);
  const format = useFormat();
  const rm = useReadModel();
  const items = useLiveQuery(() => unitPraktikBaik(rm, unitId), [rm, unitId]);
  const [all, setAll] = useState(false);
  const shown = all ? items : items?.slice(0, FEW);
  return (
    <Card title={t('title')} className="home-praktik">
      {items === undefined || shown === undefined ? (
        <Skeleton lines={2} height="3rem" />
      ) : items.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <>
          <ul className="home-praktik__list" id="home-praktik-list">
            {shown.map((item) => (
              <li key={item.id} className="home-praktik__item">
                <p className="home-praktik__who">
                  {item.name === null ? t('someone') : <span translate="no">{item.name}</span>}
                </p>
                <blockquote className="home-praktik__text" translate="no">
                  {item.text}
                </blockquote>
                <p className="muted home-praktik__meta">
                  {item.authorName !== null && (
                    <>
                      {t('appreciatedBy')} <span translate="no">{item.authorName}</span>
                      {' · '}
                    </>
                  )}
                  {t('sharedOn', { date: format.date(item.consentedAt) })}
                </p>
              </li>
            ))}
          </ul>
          {items.length > FEW && (
            <Button
              variant="ghost"
              aria-expanded={all}
              aria-controls="home-praktik-list"
              onClick={() => setAll((v) => !v)}
            >
              {all ? t('showFewer') : t('showAll', { count: items.length })}
            </Button>
          )}
        </>
      )}
    </Card>
  );
}
