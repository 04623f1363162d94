/**
 * Client-side navigation on the History API: the current location as React state, `navigate()`
 * and `<Link>`. The route table lives in client/app; features use only this file to move around.
 */
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

export type Location = { pathname: string; search: URLSearchParams; href: string };

/** Parses a path with an optional query; paths are always same-origin here. */
export function parseLocation(href: string): Location {
  const url = new URL(href, 'http://app.invalid');
  return { pathname: url.pathname, search: url.searchParams, href: url.pathname + url.search };
}

/** The current path and query; re-renders on navigation. */
export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot, () => '/');
  return parseLocation(href);
}

export type NavigateOptions = { replace?: boolean };

export function navigate(to: string, { replace = false }: NavigateOptions = {}): void {
  if (to === snapshot()) return;
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  notify();
}

/** True when the path is `base` or below it (`/kegiatan` matches `/kegiatan/baru`). */
export function isWithin(pathname: string, base: string): boolean {
  if (base === '/') return pathname === '/';
  return pathname === base || pathname.startsWith(`${base}/`);
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  to: string;
  replace?: boolean;
};

/** An <a> that navigates in place; modified clicks (new tab, download) keep browser behaviour. */
export function Link({ to, replace, onClick, target, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey ||
      (target && target !== '_self')
    ) {
      return;
    }
    event.preventDefault();
    navigate(to, { replace: replace ?? false });
  };
  return <a {...rest} href={to} target={target} onClick={handleClick} />;
}
