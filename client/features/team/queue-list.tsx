/** The queue's list pane: entries by person and date, each with a checkbox and a button to open it. */
import type { ActivityRow } from '../../data/read-model';
import { Button } from '../../ui/button';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import type { QueuePerson } from './queue-model';
import { teamMessages } from './team-messages';

type Props = {
  people: readonly QueuePerson[];
  selected: ReadonlySet<string>;
  currentId: string | null;
  onOpen: (id: string) => void;
  onToggle: (ids: readonly string[]) => void;
  hidden: number;
  onShowMore: () => void;
};

function Check({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: () => void;
}) {
  return (
    <label className="team-check">
      <input type="checkbox" checked={checked} onChange={onChange} />
      <span className="visually-hidden">{label}</span>
    </label>
  );
}

function Row({ entry, props }: { entry: ActivityRow; props: Props }) {
  const t = useT(teamMessages);
  const format = useFormat();
  const current = entry.id === props.currentId;
  return (
    <li className="team-row" data-current={current || undefined}>
      <Check
        label={t('selectEntry', { kegiatan: entry.kegiatan })}
        checked={props.selected.has(entry.id)}
        onChange={() => props.onToggle([entry.id])}
      />
      <button
        type="button"
        className="team-row__open"
        aria-current={current ? 'true' : undefined}
        data-entry={entry.id}
        onClick={() => props.onOpen(entry.id)}
      >
        <span className="muted">
          {format.clock(entry.start)}–{format.clock(entry.end)}
          {entry.photos.length > 0 && ` · ${t('photoCount', { count: entry.photos.length })}`}
        </span>
        <span className="team-row__what" translate="no">
          {entry.kegiatan}
        </span>
      </button>
    </li>
  );
}

export function QueueList(props: Props) {
  const t = useT(teamMessages);
  const format = useFormat();
  return (
    <div className="team-queue">
      {props.people.map((person) => (
        <section key={person.nip} aria-labelledby={`q-${person.nip}`}>
          <h2 id={`q-${person.nip}`} className="team-queue__person">
            {t('personOption', { name: person.name, count: person.count })}
          </h2>
          {person.days.map((day) => {
            const ids = day.entries.map((e) => e.id);
            const all = ids.every((id) => props.selected.has(id));
            return (
              <div key={day.date} className="team-queue__day">
                <div className="team-queue__date">
                  <Check
                    label={t('selectDay', {
                      name: person.name,
                      date: format.date(day.date, 'long'),
                    })}
                    checked={all}
                    onChange={() => props.onToggle(ids)}
                  />
                  <h3>{format.date(day.date, 'long')}</h3>
                </div>
                <ul className="team-queue__list">
                  {day.entries.map((entry) => (
                    <Row key={entry.id} entry={entry} props={props} />
                  ))}
                </ul>
              </div>
            );
          })}
        </section>
      ))}
      {props.hidden > 0 && (
        <Button block onClick={props.onShowMore}>
          {t('showMore', { count: props.hidden })}
        </Button>
      )}
    </div>
  );
}
