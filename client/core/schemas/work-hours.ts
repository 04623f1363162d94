/** The working hours schema, shared by units (reference.ts) and attendance months (attendance.ts). */
import { z } from 'zod';
import { time } from './common';

/**
 * A unit's working hours (jam kerja): the ISO weekdays worked (1 = Senin ... 7 = Minggu), the
 * start and end of the day, and Friday's end when it differs (a longer break for Friday prayers).
 * The order of the times is judged in validate-write-unit.ts (core/work-hours.ts).
 */
export const workHoursSchema = z
  .object({
    days: z
      .array(z.number().int().min(1).max(7))
      .min(1)
      .max(7)
      .refine((d) => new Set(d).size === d.length, { message: 'Hari kerja berulang' }),
    start: time,
    end: time,
    fridayEnd: time.optional(),
  })
  .strict();
