/**
 * A month's TPP (tunjangan tambahan penghasilan) explained: the share received, the kinerja
 * component (paid by the appraisal, not by attendance) and the discipline component after its
 * deductions, every costly day with its reasons and the daily cap where it cut, an amount in
 * rupiah only when the Pengelola set a base for the person's kelas jabatan, and the Perkada's
 * rules in force. Takes what core computed (tpp.ts tppMonth); queries nothing, so the employee's
 * Kehadiran and the head's view of a team member show the same.
 */
import type { TppBracket, TppSettings } from '../core/schemas/attendance';
import type { TppMonth } from '../core/tpp';
import { Button } from './button';
import { useFormat } from './format';
import { useT } from './i18n';
import { tppBreakdownMessages } from './tpp-breakdown-messages';
import { useAttendanceVocabulary } from './use-attendance-vocabulary';
import './tpp-breakdown.css';

type Props = {
  tpp: TppMonth;
  rules: TppSettings;
  kelasJabatan?: number | undefined;
  /** Opens a day of the calendar from its deduction. */
  onDay?: ((date: string) => void) | undefined;
  /** The level of "Potongan per hari": 3 in a card of its own, 4 under a heading of the card's. */
  headingLevel?: 3 | 4;
};

function BracketTable({ caption, brackets }: { caption: string; brackets: readonly TppBracket[] }) {
  const t = useT(tppBreakdownMessages);
  const v = useAttendanceVocabulary();
  return (
    <table className="tpp__table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('minutes')}</th>
          <th scope="col">{t('cut')}</th>
        </tr>
      </thead>
      <tbody>
        {brackets.map((b, i) => {
          const from = (brackets[i - 1]?.upTo ?? 0) + 1;
          return (
            <tr key={b.upTo ?? 'over'}>
              <td>
                {b.upTo === null ? t('over', { from: from - 1 }) : t('range', { from, to: b.upTo })}
              </td>
              <td>{v.pct(b.pct)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function TppBreakdown({ tpp, rules, kelasJabatan, onDay, headingLevel = 3 }: Props) {
  const t = useT(tppBreakdownMessages);
  const DaysHeading = headingLevel === 3 ? 'h3' : 'h4';
  const v = useAttendanceVocabulary();
  const format = useFormat();
  const rupiah = (value: number) =>
    format.number(value, { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });
  const facts: [string, string][] = [
    [t('kinerja'), t('kinerjaValue', { pct: v.pct(tpp.kinerjaShare) })],
    [
      t('discipline'),
      t('disciplineValue', { pct: v.pct(tpp.disciplinePct), share: v.pct(tpp.disciplineShare) }),
    ],
    [
      t('deduction'),
      t(tpp.basis === 'discipline' ? 'deductionOfDiscipline' : 'deductionOfTotal', {
        pct: v.pct(tpp.deductionPct),
      }),
    ],
    ...(tpp.base === null || kelasJabatan === undefined
      ? []
      : ([
          [t('base', { kelas: kelasJabatan }), rupiah(tpp.base)],
          [t('amount'), rupiah(tpp.deductionAmount ?? 0)],
        ] as [string, string][])),
  ];
  return (
    <div className="tpp">
      <p className="tpp__headline">
        {t('received')}: <strong>{t('receivedValue', { pct: v.pct(tpp.receivedPct) })}</strong>
      </p>
      <dl className="tpp__facts">
        {facts.map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <DaysHeading>{t('daysTitle')}</DaysHeading>
      {tpp.days.length === 0 ? (
        <p className="muted">{t('noDeduction')}</p>
      ) : (
        <ul className="tpp__days">
          {tpp.days.map((d) => {
            const date = format.date(d.date, 'long');
            return (
              <li key={d.date}>
                <p className="tpp__day">
                  <strong>{t('dayTotal', { date, pct: v.pct(d.pct) })}</strong>
                </p>
                <ul>
                  {d.deductions.map((x) => (
                    <li key={x.kind}>
                      {t('reason', { reason: v.deduction(x), pct: v.pct(x.pct) })}
                    </li>
                  ))}
                  {d.capped && <li>{t('capped', { pct: v.pct(rules.dailyCapPct) })}</li>}
                </ul>
                {onDay && (
                  <Button variant="ghost" onClick={() => onDay(d.date)}>
                    {t('openDay', { date })}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <details className="tpp__rules">
        <summary>{t('rulesTitle')}</summary>
        <p>
          {t('rulesSplit', {
            kinerja: v.pct(rules.kinerjaShare),
            discipline: v.pct(100 - rules.kinerjaShare),
          })}{' '}
          {t(rules.basis === 'discipline' ? 'rulesBasisDiscipline' : 'rulesBasisTotal')}
        </p>
        <div className="tpp__tables">
          <BracketTable caption={t('lateTable')} brackets={rules.late} />
          <BracketTable caption={t('earlyTable')} brackets={rules.early} />
        </div>
        <ul>
          <li>{t('rulesNoScan', { pct: v.pct(rules.noScanPct) })}</li>
          <li>{t('rulesCap', { pct: v.pct(rules.dailyCapPct) })}</li>
          <li>{t('rulesAbsent', { pct: v.pct(rules.absentPct) })}</li>
          <li>{t('rulesApel', { pct: v.pct(rules.apelPct) })}</li>
          <li>
            {t('rulesFree', { statuses: rules.noDeduction.map((s) => v.status(s)).join(', ') })}
          </li>
        </ul>
      </details>
    </div>
  );
}
