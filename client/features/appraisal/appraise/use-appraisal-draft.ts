/**
 * The appraisal draft on screen. Every edit is kept at once in the device-only drafts table
 * (`appraisal:{nip}:{periodId}`), and written to the local database on a rating choice, when a
 * note loses focus, and when the screen closes. Versions that arrive by sync from the
 * appraiser's other device are joined item by item (core/appraisal-draft.ts), so typing is
 * never lost on either device.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  editItem,
  newAppraisal,
  rebaseDraft,
  withPredikatNote,
  withRecommendations,
  type AppraisalBody,
  type ItemPath,
  type ItemPatch,
  type Parties,
} from '../../../core/appraisal-draft';
import { canonical } from '../../../core/merge';
import {
  finalizeAppraisal,
  saveAppraisalDraft,
  type AppraisalSaved,
} from '../../../data/commands/save-appraisal';
import { clearDraft, loadDraft, saveDraft } from '../../../data/drafts';
import type { AppraisalRow } from '../../../data/read-model';
import { useCommandContext, useReadModel } from '../../../data/user-data';
import { useReason } from '../../../ui/use-reason';

const DRAFT_DELAY_MS = 300;
/** The stamp of an item nobody has edited yet (the epoch). */
const UNTOUCHED = 0;

/** The appraisal document of a read-model row. */
export function bodyOfRow(row: AppraisalRow): AppraisalBody {
  return {
    _id: row.id,
    type: 'appraisal',
    schemaVersion: 1,
    nip: row.nip,
    periodId: row.periodId,
    appraiserNip: row.appraiserNip,
    status: row.status,
    rhk: row.rhk,
    hasilKerja: row.hasilKerja,
    perilaku: row.perilaku,
    perilakuOverall: row.perilakuOverall,
    recommendations: row.recommendations,
    predikat: row.predikat,
    // Rows projected before the predikat had a reason have none.
    predikatNote: row.predikatNote ?? '',
    parties: row.parties,
    finalizedAt: row.finalizedAt,
    updatedAt: row.updatedAt,
  };
}

type Input = {
  nip: string;
  periodId: string;
  appraiserNip: string;
  /** The stored appraisal (live); null when none yet, undefined while loading. */
  stored: AppraisalRow | null | undefined;
  rhkIds: readonly string[] | undefined;
};

/** What the device's drafts table keeps: the draft and the stored version it was built on. */
type KeptDraft = { doc: AppraisalBody; base?: AppraisalBody | null };

/** typing: not kept yet; kept: in the device's drafts; saved: in the local database. */
export type SaveState = 'idle' | 'typing' | 'kept' | 'saving' | 'saved' | 'failed';

export function useAppraisalDraft({ nip, periodId, appraiserNip, stored, rhkIds }: Input) {
  const rm = useReadModel();
  const ctx = useCommandContext();
  const reasonOf = useReason();
  const key = `appraisal:${nip}:${periodId}`;
  const [doc, setDocState] = useState<AppraisalBody | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const docRef = useRef<AppraisalBody | null>(null);
  const dirty = useRef(false);
  const baseRev = useRef<string | null>(null);
  /**
   * The stored version the screen's draft is built on: joined with the next stored version, a
   * field without a stamp of its own (the predikat's reason) edited here is kept.
   */
  const base = useRef<AppraisalBody | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** The screen's writes, one after another (see `serially`). */
  const writes = useRef<Promise<unknown>>(Promise.resolve());

  const setDoc = useCallback((next: AppraisalBody) => {
    docRef.current = next;
    setDocState(next);
  }, []);

  // A stored version arrived: join it with what is on screen, item by item, even when nothing
  // waits to be saved. It may be another device's, but it may also be older than what this screen
  // has just saved: the read model follows the database a moment behind, so the row of one save
  // can arrive after the next. Taken as it is, it would put back an earlier state, and the next
  // edit of that item would save the earlier state over the rating made since. A version still
  // in conflict is PouchDB's provisional winner, which may lack this device's last write; the
  // merge replaces it in a moment, so the screen waits for that.
  useEffect(() => {
    const current = docRef.current;
    if (!current || !stored || stored.rev === baseRev.current || stored.conflicted) return;
    baseRev.current = stored.rev;
    const next = bodyOfRow(stored);
    setDoc(rebaseDraft(next, current, base.current));
    base.current = next;
  }, [stored, setDoc]);

  const keepDraft = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const current = docRef.current;
      if (!current || !dirty.current) return;
      void saveDraft(key, { doc: current, base: base.current } satisfies KeptDraft, rm).then(() => {
        if (docRef.current === current && dirty.current) setSaveState('kept');
      });
    }, DRAFT_DELAY_MS);
  }, [key, rm]);

  const afterWrite = useCallback(
    async (result: AppraisalSaved, written: AppraisalBody) => {
      if (!result.ok) {
        setError(reasonOf(result));
        setSaveState('failed');
        return;
      }
      setError(null);
      setSaveState('saved');
      if (docRef.current === written) {
        dirty.current = false;
        if (timer.current) clearTimeout(timer.current);
        await clearDraft(key, rm);
      }
    },
    [key, rm, reasonOf],
  );

  /**
   * Runs the screen's writes one after another. Each reads the stored revision and writes on top
   * of it: two at once (a note left as "Finalkan" is confirmed) would both build on the same
   * revision, and the second would be refused as a conflict after the first had succeeded.
   */
  const serially = useCallback(<T>(write: () => Promise<T>): Promise<T> => {
    const run = writes.current.then(write);
    writes.current = run.catch(() => undefined);
    return run;
  }, []);

  /** Writes the draft to the local database (then sync sends it) when something changed. */
  const commit = useCallback(
    () =>
      serially(async () => {
        const current = docRef.current;
        if (!current || !dirty.current || current.status === 'final') return;
        setSaveState('saving');
        await afterWrite(await saveAppraisalDraft(current, ctx, base.current), current);
      }),
    [afterWrite, ctx, serially],
  );

  // Start from the stored version joined with this device's unsaved draft, if any.
  useEffect(() => {
    if (docRef.current !== null || stored === undefined || rhkIds === undefined) return;
    let cancelled = false;
    void loadDraft<KeptDraft>(key, rm).then((draft) => {
      if (cancelled || docRef.current !== null) return;
      // A new draft's items are stamped as older than any edit: the merge keeps each item's later
      // edit, and an empty item stamped now would win over the ratings another device made before
      // its version reached this one.
      const storedBody = stored ? bodyOfRow(stored) : null;
      const initial =
        storedBody ?? newAppraisal({ nip, periodId, appraiserNip, rhkIds, now: UNTOUCHED });
      const start = draft ? rebaseDraft(initial, draft.doc, draft.base ?? null) : initial;
      dirty.current = draft !== undefined && canonical(start) !== canonical(initial);
      baseRev.current = stored?.rev ?? null;
      base.current = storedBody;
      setDoc(start);
      // A draft restored from an earlier visit is written at once: that visit may have ended
      // before its last write finished.
      if (dirty.current) void commit();
    });
    return () => {
      cancelled = true;
    };
  }, [rm, key, stored, rhkIds, nip, periodId, appraiserNip, setDoc, commit]);

  const edit = useCallback(
    (path: ItemPath, patch: ItemPatch) => {
      const current = docRef.current;
      if (!current) return;
      dirty.current = true;
      setSaveState('typing');
      setDoc(editItem(current, path, patch, Date.now()));
      keepDraft();
    },
    [keepDraft, setDoc],
  );

  const setPredikatNote = useCallback(
    (note: string) => {
      const current = docRef.current;
      if (!current) return;
      dirty.current = true;
      setSaveState('typing');
      setDoc(withPredikatNote(current, note, Date.now()));
      keepDraft();
    },
    [keepDraft, setDoc],
  );

  const setRecommendations = useCallback(
    (trainingIds: readonly string[]) => {
      const current = docRef.current;
      if (!current) return;
      dirty.current = true;
      setDoc(withRecommendations(current, trainingIds, Date.now()));
      keepDraft();
    },
    [keepDraft, setDoc],
  );

  const finalize = useCallback(
    (parties: Parties): Promise<AppraisalSaved | null> =>
      serially(async () => {
        const current = docRef.current;
        if (!current) return null;
        setSaveState('saving');
        const result = await finalizeAppraisal(current, parties, ctx, base.current);
        if (result.ok) {
          dirty.current = false;
          setDoc(result.doc);
          await clearDraft(key, rm);
          setError(null);
          setSaveState('saved');
        } else {
          setError(reasonOf(result));
          setSaveState('failed');
        }
        return result;
      }),
    [key, rm, ctx, setDoc, serially, reasonOf],
  );

  // Leaving the screen or the app: keep the draft and write it.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void commit();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onHide);
      const current = docRef.current;
      if (current && dirty.current)
        void saveDraft(key, { doc: current, base: base.current } satisfies KeptDraft, rm);
      void commit();
    };
  }, [commit, key, rm]);

  return {
    doc,
    saveState,
    error,
    edit,
    commit,
    setPredikatNote,
    setRecommendations,
    finalize,
  };
}
