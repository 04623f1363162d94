/**
 * The fields the person form and the mutasi form share: a unit chosen from the open units, and
 * a person (superior, Plt/Plh) typed by NIP with the name it finds shown beside it.
 */
import { isNip } from '../../../core/ids';
import { isUnitClosed } from '../../../core/employee-rules';
import { nipProblems } from '../../../core/org-import/nip-rules';
import { useFormat } from '../../../ui/format';
import { useT, type Translate } from '../../../ui/i18n';
import { Select } from '../../../ui/select';
import { TextField } from '../../../ui/text-field';
import { unitOptions } from './people-filter';
import { peopleMessages } from './people-messages';
import type { Directory } from './use-directory';

/** A NIP as typed, without spaces. */
export function cleanNip(value: string): string {
  return value.replace(/\s+/g, '');
}

/**
 * What is wrong with a typed superior NIP before asking core (empty means none): not a NIP
 * (core's reason), or nobody in the directory. Null when it may be sent.
 */
export function superiorProblem(
  typed: string,
  dir: Directory,
  t: Translate<typeof peopleMessages.id>,
): string | null {
  const nip = cleanNip(typed);
  if (nip === '') return null;
  if (!isNip(nip)) return nipProblems(nip)[0] ?? t('superiorNotFound');
  return dir.person.has(nip) ? null : t('superiorNotFound');
}

export function UnitSelect(props: {
  label: string;
  value: string;
  dir: Directory;
  error: string | undefined;
  disabled: boolean;
  onChange: (unitId: string) => void;
}) {
  const t = useT(peopleMessages);
  const format = useFormat();
  const today = format.today();
  // A closed unit takes nobody new; the person's current one stays listed so it reads right.
  const options = unitOptions(
    props.dir.units,
    (unit) => unit.unitId === props.value || !isUnitClosed(unit, today),
  );
  return (
    <Select
      label={props.label}
      value={props.value}
      placeholder={t('choose')}
      options={options}
      error={props.error}
      disabled={props.disabled}
      onChange={(e) => props.onChange(e.target.value)}
    />
  );
}

/** A person typed by NIP (a superior, a Plt/Plh): the name found is shown as the hint. */
export function PersonNipField(props: {
  label: string;
  /** The hint while no one is found. */
  hint: string;
  value: string;
  dir: Directory;
  error: string | undefined;
  disabled: boolean;
  onChange: (typed: string) => void;
}) {
  const found = props.dir.person.get(cleanNip(props.value));
  return (
    <TextField
      label={props.label}
      hint={found ? found.name : props.hint}
      inputMode="numeric"
      autoComplete="off"
      value={props.value}
      error={props.error}
      disabled={props.disabled}
      onChange={(e) => props.onChange(e.target.value)}
    />
  );
}
