/**
 * The first-run tour on Beranda: three or four steps for the person's role, each framing a real
 * element of the screen. It sits in the page's flow above Beranda, never over it, so nothing it
 * points at (or anything else) is covered or blocked; it takes focus only when asked for from
 * Profil. "Lewati" or Escape skips it, "Selesai" ends it; leaving Beranda closes it. The frame
 * (client/app/layout.tsx) mounts it, lazily, only while useTourWanted says so.
 */
import { useEffect, useRef } from 'react';
import { useSessionStore } from '../../data/session-store';
import { Button } from '../../ui/button';
import { useT } from '../../ui/i18n';
import { navigate, useLocation } from '../../ui/navigation';
import { tourMessages } from './tour-messages';
import { BERANDA_READY, TOUR_STEPS, tourRoleOf, type TourStep } from './tour-steps';
import { useTourStore } from './tour-store';
import { TOUR_QUERY } from './use-tour-wanted';
import './tour.css';

/** How long the tour waits for Beranda's cards before it opens with what is on screen. */
const BERANDA_WAIT_MS = 3_000;

/** The attribute that frames the element a step explains (tour.css). */
const FRAMED = 'data-tour-current';

/** The steps of a role whose elements are on screen now. */
function stepsOnScreen(roles: readonly string[]): TourStep[] {
  return TOUR_STEPS[tourRoleOf(roles)].filter((s) => document.querySelector(s.target) !== null);
}

/**
 * Scrolls the window just enough to show the element clear of its scroll margins (tour.css: the
 * bottom bar). Not scrollIntoView: Chromium moves the keyboard's starting point with it, and the
 * tour must leave the keyboard where it was.
 */
function bringIntoView(element: HTMLElement) {
  const rect = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  const top = rect.top - (parseFloat(style.scrollMarginTop) || 0);
  const bottom = rect.bottom + (parseFloat(style.scrollMarginBottom) || 0);
  if (bottom > window.innerHeight)
    window.scrollBy({ top: Math.min(bottom - window.innerHeight, top) });
  else if (top < 0) window.scrollBy({ top });
}

/** Puts focus on the screen's heading, as the frame does after a navigation. */
function focusMainHeading() {
  const heading = document.querySelector<HTMLElement>('#main h1');
  if (!heading) return;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
}

export function TourHost() {
  const t = useT(tourMessages);
  const user = useSessionStore((s) => s.user);
  const asked = useLocation().search.has(TOUR_QUERY);
  const open = useTourStore((s) => s.open);
  const steps = useTourStore((s) => s.steps);
  const step = useTourStore((s) => s.step);
  const focusPending = useTourStore((s) => s.focusPending);
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const nip = user?.nip ?? '';
  const roles = user?.roles;

  // Opens on mount (a first run) or when asked for, once Beranda's cards are on screen (at most
  // a few seconds later: a screen without them gets the steps it has), and closes when the frame
  // unmounts it.
  useEffect(() => {
    if (!nip || !roles) return;
    if (!asked && useTourStore.getState().open) return;
    const begin = () => {
      useTourStore.getState().start(nip, stepsOnScreen(roles), asked);
      // Tidies the address once open (this effect then runs again and finds the tour open).
      if (asked) navigate('/', { replace: true });
    };
    if (document.querySelector(BERANDA_READY)) {
      begin();
      return;
    }
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    const observer = new MutationObserver(() => {
      if (!document.querySelector(BERANDA_READY)) return;
      stop();
      begin();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const timer = setTimeout(() => {
      stop();
      begin();
    }, BERANDA_WAIT_MS);
    return stop;
  }, [nip, roles, asked]);
  useEffect(() => () => useTourStore.getState().close(), []);

  const current = open ? steps[step] : undefined;

  // Frames the element of the current step and brings it into view.
  useEffect(() => {
    if (!current) return;
    const element = document.querySelector<HTMLElement>(current.target);
    if (!element) return;
    element.setAttribute(FRAMED, '');
    bringIntoView(element);
    return () => element.removeAttribute(FRAMED);
  }, [current]);

  // Asked for from Profil: focus moves to the step, so keyboard and screen reader users start there.
  useEffect(() => {
    if (!focusPending || !current) return;
    heading.current?.focus();
    useTourStore.getState().focused();
  }, [focusPending, current]);

  if (!current) return null;
  const last = step >= steps.length - 1;

  const finish = () => {
    if (section.current?.contains(document.activeElement)) focusMainHeading();
    useTourStore.getState().close();
  };
  const goTo = (n: number) => useTourStore.getState().goTo(n);

  return (
    <section
      ref={section}
      className="card tour"
      aria-label={t('title')}
      data-step={current.id}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        finish();
      }}
    >
      <p className="tour__progress">
        {t('title')} · {t('progress', { n: step + 1, total: steps.length })}
      </p>
      <div aria-live="polite">
        <h2 ref={heading} tabIndex={-1} className="tour__title">
          {t(`step.${current.id}.title`)}
        </h2>
        <p>{t(`step.${current.id}.body`)}</p>
      </div>
      <p className="muted tour__hint">{t('hint')}</p>
      <div className="row tour__actions">
        <Button variant="ghost" onClick={finish}>
          {t('skip')}
        </Button>
        {step > 0 && <Button onClick={() => goTo(step - 1)}>{t('back')}</Button>}
        <Button variant="primary" onClick={last ? finish : () => goTo(step + 1)}>
          {t(last ? 'done' : 'next')}
        </Button>
      </div>
    </section>
  );
}
