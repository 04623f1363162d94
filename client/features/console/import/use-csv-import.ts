/**
 * An import on the page (the organisation's two files, or a month of attendance): the chosen
 * files, the last check of exactly those files (their texts kept, so that Terapkan sends what was
 * checked and nothing else), and the answer of the last apply (with the new people's activation
 * codes). Held in memory only: leaving the page forgets it, the codes with it. The server does
 * every check (docs/org-import.md); the page reads the files, sends them and shows the answer, so
 * even 5,000 people keep it responsive.
 */
import { useState } from 'react';
import { ApiError } from '../../../data/session-api';

/**
 * Why a chosen file cannot be sent, shown next to its field. 'unreadable': the browser can no
 * longer read it, as when it was saved again after being chosen; it must be chosen again.
 */
export type FileProblem = 'noFile' | 'notCsv' | 'unreadable';

/** A failure of the call itself: no connection, or the server's reason. */
export type ImportFailure = { kind: 'offline' } | { kind: 'server'; reason: string };

/** What every import answers: the refused rows, and whether an apply was applied. */
export type ImportReply = { errors: readonly unknown[]; applied: boolean };

type Checked<K extends string, R> = { texts: Record<K, string>; reply: R };

export type CsvImport<K extends string, R extends ImportReply> = {
  files: Record<K, File | null>;
  /** Changes when a field must be emptied (its file became unreadable): each field's key. */
  generation: Record<K, number>;
  problems: Partial<Record<K, FileProblem>>;
  busy: 'check' | 'apply' | null;
  /** The dry run of the files now chosen; null once another file is chosen. */
  checked: R | null;
  /** The answer of the last apply: applied (with codes), or refused with its rows. */
  applied: R | null;
  failure: ImportFailure | null;
  /** Counts the answers: a new answer is a new table, starting at its first page (its key). */
  answers: number;
  /** A clean check of these very files that changes something, not yet applied. */
  mayApply: boolean;
  /** How many documents an answer would change (0: nothing to apply). */
  changes(reply: R): number;
  /** How many errors an answer found in all (it may list fewer). */
  errorCount(reply: R): number;
  choose(kind: K, file: File | null): void;
  check(): Promise<void>;
  apply(): Promise<void>;
};

/** What an import is: its file fields, its call to the server, and how much an answer changes. */
export type CsvImportOptions<K extends string, R extends ImportReply> = {
  kinds: readonly K[];
  send(texts: Record<K, string>, apply: boolean): Promise<R>;
  changes(reply: R): number;
  /** How many errors an answer found in all, when it lists only the first (default: those listed). */
  errorCount?(reply: R): number;
};

/** A spreadsheet saved as CSV: by its name, or by the type the browser gives it. */
function isCsv(file: File): boolean {
  return /\.csv$/i.test(file.name) || file.type === 'text/csv';
}

function failureOf(err: unknown): ImportFailure {
  if (err instanceof ApiError && err.status === 0) return { kind: 'offline' };
  const reason = err instanceof ApiError && err.reason ? err.reason : String(err);
  return { kind: 'server', reason };
}

function each<K extends string, V>(kinds: readonly K[], value: V): Record<K, V> {
  return Object.fromEntries(kinds.map((k) => [k, value])) as Record<K, V>;
}

export function useCsvImport<K extends string, R extends ImportReply>(
  options: CsvImportOptions<K, R>,
): CsvImport<K, R> {
  const { kinds } = options;
  const [files, setFiles] = useState(() => each<K, File | null>(kinds, null));
  const [generation, setGeneration] = useState(() => each(kinds, 0));
  const [problems, setProblems] = useState<Partial<Record<K, FileProblem>>>({});
  const [busy, setBusy] = useState<CsvImport<K, R>['busy']>(null);
  const [checked, setChecked] = useState<Checked<K, R> | null>(null);
  const [applied, setApplied] = useState<R | null>(null);
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  const [answers, setAnswers] = useState(0);

  function choose(kind: K, file: File | null) {
    setFiles((f) => ({ ...f, [kind]: file }));
    setProblems({});
    setChecked(null);
    setFailure(null);
  }

  /** Sends the texts to be checked or applied; the answer replaces the one shown. */
  async function send(texts: Record<K, string>, apply: boolean) {
    setBusy(apply ? 'apply' : 'check');
    setFailure(null);
    try {
      const reply = await options.send(texts, apply);
      setChecked(apply ? null : { texts, reply });
      setApplied(apply ? reply : null);
      setAnswers((n) => n + 1);
    } catch (err) {
      setFailure(failureOf(err));
    } finally {
      setBusy(null);
    }
  }

  /** The chosen files' texts, or null when one cannot be read (its field then says so). */
  async function readFiles(): Promise<Record<K, string> | null> {
    const texts = each(kinds, '');
    for (const kind of kinds) {
      const text = await files[kind]?.text().catch(() => null);
      if (text === null) {
        setProblems({ [kind]: 'unreadable' } as Partial<Record<K, FileProblem>>);
        setFiles((f) => ({ ...f, [kind]: null }));
        setGeneration((g) => ({ ...g, [kind]: g[kind] + 1 }));
        return null;
      }
      texts[kind] = text ?? '';
    }
    return texts;
  }

  async function check() {
    const found: Partial<Record<K, FileProblem>> = {};
    const first = kinds[0];
    if (first !== undefined && kinds.every((k) => !files[k])) found[first] = 'noFile';
    for (const kind of kinds) {
      const file = files[kind];
      if (file && !isCsv(file)) found[kind] = 'notCsv';
    }
    setProblems(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setBusy('check');
    const texts = await readFiles();
    if (texts === null) setBusy(null);
    else await send(texts, false);
  }

  async function apply() {
    if (checked) await send(checked.texts, true);
  }

  const reply = checked?.reply ?? null;
  return {
    files,
    generation,
    problems,
    busy,
    checked: reply,
    applied,
    failure,
    answers,
    mayApply:
      busy === null && reply !== null && reply.errors.length === 0 && options.changes(reply) > 0,
    changes: options.changes,
    errorCount: options.errorCount ?? ((r) => r.errors.length),
    choose,
    check,
    apply,
  };
}
