// @vitest-environment jsdom
// One list of agreed actions for the employee, the head and the appraisal: the same words for
// each status, "Lewat tenggat" only on an open action past its due date, where an action came
// from, and the controls the place passes in.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AgreedAction } from '../core/schemas/work';
import { AgreedActionList } from './agreed-action-list';
import { usePrefsStore } from './prefs-store';

afterEach(() => {
  cleanup();
  usePrefsStore.setState({ lang: 'id' });
});

const TODAY = '2026-05-15';
const action = (id: string, overrides: Partial<AgreedAction> = {}): AgreedAction => ({
  id,
  text: `Tindakan ${id}`,
  due: '2026-05-10',
  status: 'open',
  carriedFrom: null,
  ...overrides,
});

function rows(label = 'Tindakan yang disepakati') {
  const list = screen.getByRole('list', { name: label });
  return within(list).getAllByRole('listitem');
}

describe('AgreedActionList', () => {
  it('names each status and marks only an open action past its due date overdue', () => {
    render(
      <AgreedActionList
        label="Tindakan yang disepakati"
        today={TODAY}
        actions={[
          action('lewat'),
          action('hari-ini', { due: TODAY }),
          action('selesai', { status: 'done' }),
          action('lanjut', { status: 'carried' }),
          action('tanpa', { due: null }),
        ]}
      />,
    );
    const [late, dueToday, done, carried, undated] = rows() as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ];
    within(late).getByText('Belum selesai');
    within(late).getByText('Lewat tenggat');
    within(late).getByText('Tenggat 10 Mei 2026');
    expect(within(dueToday).queryByText('Lewat tenggat')).toBeNull();
    within(done).getByText('Selesai');
    expect(within(done).queryByText('Lewat tenggat')).toBeNull();
    within(carried).getByText('Dilanjutkan ke sesi berikutnya');
    expect(within(carried).queryByText('Lewat tenggat')).toBeNull();
    within(undated).getByText('Tanpa tenggat');
  });

  it('says where an action came from and the session it was agreed in', () => {
    render(
      <AgreedActionList
        label="Tindakan yang belum selesai"
        today={TODAY}
        actions={[
          {
            ...action('a', { carriedFrom: 'feedback:x:1' }),
            feedbackId: 'feedback:x:2',
            kind: 'bimbingan',
            date: '2026-05-02',
          },
        ]}
      />,
    );
    const [row] = rows('Tindakan yang belum selesai') as [HTMLElement];
    within(row).getByText('Dilanjutkan dari sesi sebelumnya');
    within(row).getByText('Disepakati dalam Bimbingan, 2 Mei 2026');
  });

  it('shows the controls the place passes in, beside their action', () => {
    render(
      <AgreedActionList
        label="Tindakan yang disepakati"
        today={TODAY}
        actions={[action('a'), action('b', { status: 'done' })]}
        controls={(a) => (a.status === 'open' ? <button type="button">Selesai</button> : null)}
      />,
    );
    const [open, done] = rows() as [HTMLElement, HTMLElement];
    within(open).getByRole('button', { name: 'Selesai' });
    expect(within(done).queryByRole('button')).toBeNull();
  });

  it('speaks English with the same statuses', () => {
    usePrefsStore.setState({ lang: 'en' });
    render(
      <AgreedActionList
        label="Agreed actions"
        today={TODAY}
        actions={[action('a'), action('b', { status: 'carried' })]}
      />,
    );
    const [open, carried] = rows('Agreed actions') as [HTMLElement, HTMLElement];
    within(open).getByText('Open');
    within(open).getByText('Overdue');
    within(carried).getByText('Carried over to the next session');
  });
});
