/**
 * What the head does with a request on a staff member's page, for the Tim feature's tests: decline
 * with a reason (first one too short: the error must show next to the field and the text stay),
 * and change a decision to an approval. Shared by the development and attendance tests, which
 * decide through the same form (decision-form.tsx).
 */
import { fireEvent, within } from '@testing-library/react';
import { expect } from 'vitest';
import { eventually } from '../../../data/testing/eventually';

/**
 * Presses Tolak in `scope` and sends `text`, a reason too short: the field is marked invalid, the
 * error is its description, the text is kept. Returns the field to type a longer reason into.
 */
export async function declineTooShort(
  scope: HTMLElement,
  text: string,
): Promise<HTMLTextAreaElement> {
  fireEvent.click(within(scope).getByRole('button', { name: 'Tolak' }));
  const reason = within(scope).getByLabelText('Alasan penolakan') as HTMLTextAreaElement;
  fireEvent.change(reason, { target: { value: text } });
  fireEvent.click(within(scope).getByRole('button', { name: 'Kirim penolakan' }));
  await eventually(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
  const error = within(scope).getByText('Tuliskan alasan penolakan, paling sedikit 10 karakter.');
  expect(reason.getAttribute('aria-describedby')).toContain(error.id);
  expect(reason.value).toBe(text);
  return reason;
}

/** Types `text` into the reason field of `scope` and sends the decline. */
export function sendDecline(scope: HTMLElement, reason: HTMLTextAreaElement, text: string): void {
  fireEvent.change(reason, { target: { value: text } });
  fireEvent.click(within(scope).getByRole('button', { name: 'Kirim penolakan' }));
}

/** "Ubah keputusan", then Setujui, on a decided request's `article`. */
export function changeToApproved(article: HTMLElement): void {
  fireEvent.click(within(article).getByRole('button', { name: 'Ubah keputusan' }));
  fireEvent.click(within(article).getByRole('button', { name: 'Setujui' }));
}
