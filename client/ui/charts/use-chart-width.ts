import { useEffect, useRef, useState } from 'react';

/** A chart's width before (or without) a measurement: a 360 px phone's content width. */
const FALLBACK_WIDTH = 320;

/**
 * The width of the element the ref is put on, following it as the screen turns or the side bar
 * opens (ResizeObserver); the fallback where there is none to measure with.
 */
export function useChartWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.floor(entry?.contentRect.width ?? 0);
      if (w > 0) setWidth(w);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
