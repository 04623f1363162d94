import type { ReactNode } from 'react';
import { Card } from '../../ui/card';
import { Chip } from '../../ui/chip';
import { useT } from '../../ui/i18n';
import { setupMessages } from './setup-messages';

/** One step of the set-up, marked done or not (in words, not only colour). */
export function StepCard({
  title,
  done,
  children,
}: {
  title: string;
  done: boolean | undefined;
  children: ReactNode;
}) {
  const t = useT(setupMessages);
  return (
    <Card
      title={title}
      actions={
        done === undefined ? undefined : (
          <Chip tone={done ? 'success' : 'neutral'}>{done ? t('done') : t('todo')}</Chip>
        )
      }
    >
      {children}
    </Card>
  );
}
