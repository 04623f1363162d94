/**
 * The import on the page: the chosen files, the last check of exactly those files (their texts
 * kept, so that Terapkan sends what was checked and nothing else), and the answer of the last
 * apply with the new people's activation codes. Held in memory only: leaving the page forgets it,
 * the codes with it. The server does every check (docs/org-import.md); the page reads the files,
 * sends them and shows the answer, so even 5,000 people keep it responsive.
 */
import { useState } from 'react';
import { importOrg, type OrgImportReply } from '../../../data/admin-api';
import { ApiError } from '../../../data/session-api';

export type ImportFileKind = 'units' | 'people';
export type ImportFiles = Record<ImportFileKind, File | null>;

/**
 * Why a chosen file cannot be sent, shown next to its field. 'unreadable': the browser can no
 * longer read it, as when it was saved again after being chosen; it must be chosen again.
 */
export type FileProblem = 'noFile' | 'notCsv' | 'unreadable';

/** A failure of the call itself: no connection, or the server's reason. */
export type ImportFailure = { kind: 'offline' } | { kind: 'server'; reason: string };

type Checked = { texts: Record<ImportFileKind, string>; reply: OrgImportReply };

export type OrgImport = {
  files: ImportFiles;
  /** Changes when a field must be emptied (its file became unreadable): each field's key. */
  generation: Record<ImportFileKind, number>;
  problems: Partial<Record<ImportFileKind, FileProblem>>;
  busy: 'check' | 'apply' | null;
  /** The dry run of the files now chosen; null once another file is chosen. */
  checked: OrgImportReply | null;
  /** The answer of the last apply: applied with codes, or refused with its rows. */
  applied: OrgImportReply | null;
  failure: ImportFailure | null;
  /** Counts the answers: a new answer is a new table, starting at its first page (its key). */
  answers: number;
  /** A clean check of these very files that changes something, not yet applied. */
  mayApply: boolean;
  choose(kind: ImportFileKind, file: File | null): void;
  check(): Promise<void>;
  apply(): Promise<void>;
};

/** How many documents and roles an answer's summary would change. */
export function changeCount(reply: OrgImportReply): number {
  const { units, people, roles } = reply.summary;
  return units.create + units.update + people.create + people.update + roles;
}

/** A spreadsheet saved as CSV: by its name, or by the type the browser gives it. */
function isCsv(file: File): boolean {
  return /\.csv$/i.test(file.name) || file.type === 'text/csv';
}

function failureOf(err: unknown): ImportFailure {
  if (err instanceof ApiError && err.status === 0) return { kind: 'offline' };
  const reason = err instanceof ApiError && err.reason ? err.reason : String(err);
  return { kind: 'server', reason };
}

export function useOrgImport(): OrgImport {
  const [files, setFiles] = useState<ImportFiles>({ units: null, people: null });
  const [generation, setGeneration] = useState({ units: 0, people: 0 });
  const [problems, setProblems] = useState<OrgImport['problems']>({});
  const [busy, setBusy] = useState<OrgImport['busy']>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [applied, setApplied] = useState<OrgImportReply | null>(null);
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  const [answers, setAnswers] = useState(0);

  function choose(kind: ImportFileKind, file: File | null) {
    setFiles((f) => ({ ...f, [kind]: file }));
    setProblems({});
    setChecked(null);
    setFailure(null);
  }

  /** Sends the texts to be checked or applied; the answer replaces the one shown. */
  async function send(texts: Checked['texts'], apply: boolean) {
    setBusy(apply ? 'apply' : 'check');
    setFailure(null);
    try {
      const reply = await importOrg(texts, apply);
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
  async function readFiles(): Promise<Checked['texts'] | null> {
    const texts = { units: '', people: '' };
    for (const kind of ['units', 'people'] as const) {
      const text = await files[kind]?.text().catch(() => null);
      if (text === null) {
        setProblems({ [kind]: 'unreadable' });
        setFiles((f) => ({ ...f, [kind]: null }));
        setGeneration((g) => ({ ...g, [kind]: g[kind] + 1 }));
        return null;
      }
      texts[kind] = text ?? '';
    }
    return texts;
  }

  async function check() {
    const found: OrgImport['problems'] = {};
    if (!files.units && !files.people) found.units = 'noFile';
    for (const kind of ['units', 'people'] as const) {
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
      busy === null && reply !== null && reply.errors.length === 0 && changeCount(reply) > 0,
    choose,
    check,
    apply,
  };
}
