/** Field schemas shared by every document schema. */
import { z } from 'zod';
import { isIsoDate, isKey, isNip } from '../ids';
import { isTime } from '../dates';
import { BERAKHLAK, RATINGS } from '../vocabulary';

// No code generation at run time: the app's Content-Security-Policy forbids eval, and zod's
// probe for it would be reported as a violation on every page load.
z.config({ jitless: true });

export const nip = z.string().refine(isNip, { message: 'NIP harus 18 digit angka' });
export const isoDate = z
  .string()
  .refine(isIsoDate, { message: 'Tanggal tidak valid (yyyy-mm-dd)' });
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Bulan tidak valid (yyyy-mm)');
export const time = z.string().refine(isTime, { message: 'Jam tidak valid (HH:mm)' });
export const key = z.string().refine(isKey, { message: 'Kode tidak valid' });
export const timestamp = z.iso.datetime({ offset: true });
export const text = (max: number) => z.string().trim().max(max, `Paling banyak ${max} karakter`);
export const requiredText = (max: number) => text(max).min(1, 'Wajib diisi');
export const rating = z.enum(RATINGS);
export const berakhlakValue = z.enum(BERAKHLAK);

const attachment = z.object({
  content_type: z.string().max(100),
  data: z.string().optional(),
  digest: z.string().optional(),
  length: z.number().int().nonnegative().optional(),
  revpos: z.number().int().optional(),
  stub: z.boolean().optional(),
  follows: z.boolean().optional(),
  encoding: z.string().optional(),
  encoded_length: z.number().optional(),
});

/** CouchDB's own fields that a document may carry into validation. */
export const couchFields = {
  _id: z.string().min(1).max(200),
  _rev: z.string().optional(),
  _attachments: z.record(z.string(), attachment).optional(),
};

/** The start of every document schema: id, type, schema version. */
export function docBase<T extends string>(type: T) {
  return {
    ...couchFields,
    type: z.literal(type),
    schemaVersion: z.literal(1),
  };
}
