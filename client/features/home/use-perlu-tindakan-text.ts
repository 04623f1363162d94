/** The words of one Perlu tindakan item: its sentence and its deadline, in the reader's language. */
import { useCallback } from 'react';
import type { TodoItem } from '../../core/perlu-tindakan';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { perluTindakanMessages } from './perlu-tindakan-messages';

export type TodoText = {
  /** The short sentence: what waits. */
  title: string;
  /** The deadline and the days left, or null when nothing sets one. */
  due: string | null;
};

export function usePerluTindakanText(): (item: TodoItem) => TodoText {
  const t = useT(perluTindakanMessages);
  const f = useFormat();
  return useCallback(
    (item: TodoItem): TodoText => {
      const name = item.people[0]?.name ?? '';
      const period = item.period ? f.period(item.period) : '';
      const text = item.text ?? '';
      const count = item.count;
      const title = {
        verify: () => t('verify', { count }),
        'feedback-due': () => t('feedbackDue', { name, days: count }),
        'feedback-reply': () => t('feedbackReply', { name }),
        'action-due': () => t('actionDue', { name, text }),
        'action-due-mine': () => t('actionDueMine', { text }),
        'skp-approve': () => t('skpApprove', { name, period }),
        'appraisal-finalise': () => t('appraisalFinalise', { period, count }),
        'objection-decide': () => t('objectionDecide', { name, period }),
        'development-decide': () => t('developmentDecide', { count }),
        'attendance-decide': () => t('attendanceDecide', { count }),
        'development-seat': () => t('developmentSeat', { count }),
        'development-verify': () => t('developmentVerify', { count }),
        'attendance-apply': () => t('attendanceApply', { count }),
        acknowledge: () => t('acknowledge', { period }),
        'unread-feedback': () => t('unreadFeedback', { count }),
        'skp-submit': () => t('skpSubmit', { period }),
      }[item.kind]();
      return { title, due: dueText(item) };

      function dueText({ due, daysLeft, kind }: TodoItem): string | null {
        // The reminder's sentence already says how long it has been.
        if (due === null || daysLeft === null || kind === 'feedback-due') return null;
        const date = f.date(due, 'medium');
        if (kind === 'acknowledge')
          return daysLeft === 0
            ? t('objectionToday', { date })
            : t('objectionLeft', { date, days: daysLeft });
        if (daysLeft < 0) return t('duePast', { date, days: -daysLeft });
        if (daysLeft === 0) return t('dueToday', { date });
        if (daysLeft === 1) return t('dueTomorrow', { date });
        return t('dueIn', { date, days: daysLeft });
      }
    },
    [t, f],
  );
}
