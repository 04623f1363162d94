/**
 * An apresiasi's proposal to share it with the unit as praktik baik: the text to share, prefilled
 * from the feedback and editable. The form says that nobody sees it before the employee consents.
 */
import { Checkbox } from '../../ui/checkbox';
import { useT } from '../../ui/i18n';
import { TextArea } from '../../ui/text-field';
import { feedbackFormMessages } from './feedback-form-messages';
import { LIMITS, type FormValues } from './feedback-form-model';

export const SHARE_TEXT_ID = 'feedback-share-text';

type Props = {
  values: FormValues;
  error: string | undefined;
  update: (fn: (prev: FormValues) => FormValues) => void;
};

export function ShareProposalField({ values, error, update }: Props) {
  const t = useT(feedbackFormMessages);
  return (
    <div className="feedback-form__group">
      <Checkbox
        label={t('shareLabel')}
        hint={t('shareHint')}
        checked={values.share}
        onChange={(e) => {
          const on = e.currentTarget.checked;
          update((v) => ({
            ...v,
            share: on,
            shareText:
              on && v.shareText.trim() === '' ? v.text.trim().slice(0, LIMITS.share) : v.shareText,
          }));
        }}
      />
      {values.share && (
        <TextArea
          id={SHARE_TEXT_ID}
          label={t('shareTextLabel')}
          hint={t('counter', { count: values.shareText.length, max: LIMITS.share })}
          rows={3}
          maxLength={LIMITS.share}
          value={values.shareText}
          error={error}
          onChange={(e) => {
            const shareText = e.currentTarget.value;
            update((v) => ({ ...v, shareText }));
          }}
        />
      )}
    </div>
  );
}
