/**
 * Where a refused write's reason shows on a form: next to the field it names, or above the form.
 */
import type { CommandFailure } from '../../../data/commands/result';

/** The failure as `{field: reason}`: one about no field the form shows goes under `form`. */
export function fieldErrorOf(
  f: CommandFailure,
  reason: string,
  shown: readonly string[],
): Record<string, string> {
  return { [f.field !== undefined && shown.includes(f.field) ? f.field : 'form']: reason };
}
