/**
 * A form kept behind its button so a phone's page stays short: closed until the button is
 * pressed (the focus then moves to the form's first field), open at once when a typed draft came
 * back (nothing typed is hidden); closing it returns the focus to the button. The focus moves in a
 * layout effect, in the same commit that shows the form or the button: a passive effect could run
 * after the next key press (a render outside React's act, on a slow phone), and the key would go
 * to the page.
 */
import { useId, useLayoutEffect, useRef, useState } from 'react';

export function useFormOnDemand(typedDraft: boolean) {
  const [opened, setOpened] = useState(false);
  const openerId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const open = opened || typedDraft;
  const wasOpen = useRef(open);
  useLayoutEffect(() => {
    if (opened) formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [opened]);
  useLayoutEffect(() => {
    if (wasOpen.current && !open) document.getElementById(openerId)?.focus();
    wasOpen.current = open;
  }, [open, openerId]);
  return {
    open,
    /** The id of the button that opens the form. */
    openerId,
    /** The form's ref (its first field gets the focus when opened). */
    formRef,
    show: () => setOpened(true),
    hide: () => setOpened(false),
  };
}
