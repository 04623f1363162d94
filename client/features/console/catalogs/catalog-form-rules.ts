/** What the catalog form checks before writing, with the message key of each wrong field. */
import { isKey } from '../../../core/ids';
import type { IkiAspect } from '../../../core/vocabulary';
import type { CatalogInput } from '../../../data/commands/save-catalog';
import { EXPECTATIONS, NEW, TRAININGS } from './catalog-paths';

export type CatalogValues = {
  code: string;
  name: string;
  satuan: string;
  /** As typed; empty for none. */
  minutes: string;
  aspect: IkiAspect | '';
  positions: string[];
};

export type CatalogField = 'code' | 'name' | 'satuan' | 'minutes' | 'positions';
/** Keys of catalogs-messages.ts. */
type MessageKey =
  'codeInvalid' | 'codeReserved' | 'nameRequired' | 'satuanRequired' | 'minutesInvalid';

/** The wrong fields of the form, in the form's order. */
export function checkCatalog(v: CatalogValues): Partial<Record<CatalogField, MessageKey>> {
  const errors: Partial<Record<CatalogField, MessageKey>> = {};
  if (!isKey(v.code)) errors.code = 'codeInvalid';
  // These name the catalog's own pages (catalog-paths.ts): a template so coded could not be opened.
  else if (v.code === NEW || v.code === EXPECTATIONS || v.code === TRAININGS)
    errors.code = 'codeReserved';
  if (v.name.trim() === '') errors.name = 'nameRequired';
  if (v.satuan.trim() === '') errors.satuan = 'satuanRequired';
  const m = v.minutes.trim();
  if (m !== '' && !(/^\d+$/.test(m) && Number(m) >= 5 && Number(m) <= 600))
    errors.minutes = 'minutesInvalid';
  return errors;
}

/** The command input of checked values. */
export function inputOf(v: CatalogValues, archived: boolean): CatalogInput {
  return {
    code: v.code,
    name: v.name,
    satuan: v.satuan,
    defaultMinutes: v.minutes.trim() === '' ? null : Number(v.minutes),
    aspect: v.aspect === '' ? null : v.aspect,
    positions: v.positions,
    archived,
  };
}

/** The form field a command's refused document field belongs to. */
export function fieldOfCommand(field: string | undefined): CatalogField | null {
  if (field === undefined) return null;
  const head = field.split('.')[0];
  if (head === 'defaultMinutes') return 'minutes';
  if (head === '_id') return 'code';
  return head === 'code' || head === 'name' || head === 'satuan' || head === 'positions'
    ? head
    : null;
}
