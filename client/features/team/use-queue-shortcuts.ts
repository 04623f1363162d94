/**
 * Keyboard shortcuts of the verification queue, for a tablet with a keyboard attached:
 * j / k next and previous entry, x select, a approve, r return. Ignored while typing in a field.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

export type QueueShortcuts = {
  next: () => void;
  previous: () => void;
  toggle: () => void;
  approve: () => void;
  returnIt: () => void;
};

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button'].includes(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

export function useQueueShortcuts(handlers: QueueShortcuts): void {
  const ref = useRef(handlers);
  // The handlers of the render on screen, from the moment it is on screen: a passive effect may
  // run later, and a key pressed as soon as the list showed would act on the list before it
  // (the queue still empty, so "j" did nothing).
  useLayoutEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const action = {
        j: ref.current.next,
        k: ref.current.previous,
        x: ref.current.toggle,
        a: ref.current.approve,
        r: ref.current.returnIt,
      }[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** True when a keyboard seems attached: a fine pointer, or a key was pressed. */
export function useKeyboardAttached(): boolean {
  const [attached, setAttached] = useState(
    () => typeof matchMedia === 'function' && matchMedia('(any-pointer: fine)').matches,
  );
  useEffect(() => {
    if (attached) return;
    const onKey = () => setAttached(true);
    window.addEventListener('keydown', onKey, { once: true });
    return () => window.removeEventListener('keydown', onKey);
  }, [attached]);
  return attached;
}
