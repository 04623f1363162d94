/**
 * System notifications of new Perlu tindakan items (no third-party push: the installed app shows
 * them itself after a sync, through its service worker registration).
 *
 * What is stored where: the items a person was already told about (or had on screen) are kept on
 * this device in the read model's device-only `drafts` table (drafts.ts) under
 * `perlu-tindakan:seen`, as item key → count, so a reload or the next sync does not announce them
 * again. Nothing is replicated; the record leaves the device with the person's read model.
 */
import type { TodoItem } from '../core/perlu-tindakan';
import { loadDraft, saveDraft } from './drafts';
import type { ReadModel } from './read-model';

/** The items already known to the person: key → the count they had. */
export type SeenItems = Record<string, number>;

/** The notification's tag: a newer one replaces the last instead of piling up. */
export const TODO_NOTIFICATION_TAG = 'perlu-tindakan';

/**
 * The items not seen before: a new key, or more of the same (entries to verify, unread
 * feedback) than last time. Without a record (the first time on this device) nothing is new:
 * the backlog is on Beranda, not in a burst of notifications.
 */
export function newItems(seen: SeenItems | null, items: readonly TodoItem[]): TodoItem[] {
  if (seen === null) return [];
  return items.filter((i) => {
    const before = seen[i.key];
    return before === undefined || i.count > before;
  });
}

/** The record of `items` as seen now (items that went away are forgotten, so they can return). */
export function seenOf(items: readonly TodoItem[]): SeenItems {
  return Object.fromEntries(items.map((i) => [i.key, i.count]));
}

/** The draft key of the record: device-only, and it leaves with the person's read model. */
const SEEN_KEY = 'perlu-tindakan:seen';

/** The stored record of the person's seen items on this device, or null when there is none. */
export async function loadSeen(rm: ReadModel): Promise<SeenItems | null> {
  return (await loadDraft<SeenItems>(SEEN_KEY, rm)) ?? null;
}

export async function saveSeen(rm: ReadModel, seen: SeenItems): Promise<void> {
  await saveDraft(SEEN_KEY, seen, rm);
}

/**
 * Takes note of the items the person has now and answers which of them are new since the last
 * time (none the first time on this device).
 */
export async function takeNewItems(rm: ReadModel, items: readonly TodoItem[]): Promise<TodoItem[]> {
  const fresh = newItems(await loadSeen(rm), items);
  await saveSeen(rm, seenOf(items));
  return fresh;
}

/** True when this browser may show a system notification now. */
export function mayNotify(): boolean {
  return (
    typeof Notification !== 'undefined' &&
    Notification.permission === 'granted' &&
    typeof navigator !== 'undefined' &&
    'serviceWorker' in navigator
  );
}

/**
 * Shows one notification through the service worker; clicking it opens Beranda (the worker's
 * `notificationclick`, public/notification-click.js). Resolves false when it could not be shown.
 */
export async function showTodoNotification(title: string, body: string): Promise<boolean> {
  if (!mayNotify()) return false;
  try {
    // Not `ready`: it never settles where no worker registered (a dev server, a failed install).
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) return false;
    await registration.showNotification(title, {
      body,
      tag: TODO_NOTIFICATION_TAG,
      icon: '/icons/icon-192.png',
      badge: '/icons/icon-192.png',
      lang: document.documentElement.lang || 'id',
      data: { url: '/' },
    });
    return true;
  } catch {
    return false;
  }
}
