// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ids } from '../../../core/ids';
import {
  makeFinalAppraisal,
  makeObjection,
  makeObjectionDecision,
  makeUnit,
  makeYearPeriod,
} from '../../../core/testing/factories';
import type { LocalDb } from '../../../data/local-db';
import { Projector } from '../../../data/projector';
import { appraisalContext } from '../../../data/queries/appraisal-queries';
import type { ReadModel } from '../../../data/read-model';
import { useSessionStore } from '../../../data/session-store';
import { memoryDb, readModel, userDataFor } from '../../../data/testing/devices';
import { eventually } from '../../../data/testing/eventually';
import { HEAD, kelurahanEmployee, STAFF, UNIT } from '../../../data/testing/kelurahan';
import { UserDataContext } from '../../../data/user-data';
import { EvaluationDocument } from '../document/evaluation-document';
import { ObjectionDecisionScreen } from './objection-decision-screen';
import { ResponseCard } from './response-card';

const BOSS = '196501011990031001';
const Q1 = '2025-q1';
const open: { db: LocalDb; rm: ReadModel }[] = [];

afterEach(async () => {
  cleanup();
  for (const o of open.splice(0)) {
    o.rm.close();
    await o.db.destroy();
  }
});

/** A device holding STAFF's final Q1 appraisal by HEAD (di atas / sesuai: Baik), and `more`. */
async function device(
  nip: string,
  more: { _id: string }[] = [],
  finalizedAt = new Date().toISOString(),
): Promise<{ db: LocalDb; rm: ReadModel; over: (ui: ReactNode) => ReactNode }> {
  const db = memoryDb();
  const rm = readModel();
  open.push({ db, rm });
  await db.bulkDocs([
    kelurahanEmployee(BOSS, { superiorNip: null, name: 'Kepala Dinas', unitId: 'dinas' }),
    kelurahanEmployee(HEAD, { superiorNip: BOSS, name: 'Lurah A', position: 'Lurah' }),
    kelurahanEmployee(STAFF, { name: 'Staf A' }),
    makeUnit({ unitId: UNIT, name: 'Kelurahan A', parentId: null, headNip: HEAD }),
    makeYearPeriod(2025, { periodId: Q1, kind: 'quarterly', quarter: 1, end: '2025-03-31' }),
    makeFinalAppraisal('di-atas', 'sesuai', {
      nip: STAFF,
      appraiserNip: HEAD,
      periodId: Q1,
      finalizedAt,
    }),
    ...more,
  ]);
  await new Projector(db, rm).catchUp();
  const data = userDataFor(db, rm, nip);
  useSessionStore.setState({
    status: 'signed-in',
    user: { nip, name: 'Pengguna', position: null, unitId: UNIT, roles: ['pegawai'] },
  });
  return { db, rm, over: (ui) => <UserDataContext value={data}>{ui}</UserDataContext> };
}

const objection = makeObjection({ nip: STAFF, periodId: Q1, appraiserNip: HEAD });

describe('the decision on an objection', () => {
  it('asks to confirm, saying it cannot be undone, before anything is written', async () => {
    const { db, over } = await device(BOSS, [objection]);
    render(over(<ObjectionDecisionScreen nip={STAFF} periodId={Q1} />));
    fireEvent.click(await screen.findByRole('radio', { name: 'Pertahankan penilaian' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Alasan keputusan' }), {
      target: { value: 'Bukti dukung sudah dipertimbangkan.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Putuskan' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Putuskan keberatan Pegawai 002?' });
    within(dialog).getByText(/tidak dapat dibatalkan/);
    within(dialog).getByText('Penilaian dipertahankan; predikat tetap Baik.');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Periksa lagi' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    const id = ids.objectionDecision(STAFF, Q1);
    await expect(db.get(id)).rejects.toMatchObject({ status: 404 });

    fireEvent.click(screen.getByRole('button', { name: 'Putuskan' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ya, putuskan' }));
    await eventually(async () =>
      expect(await db.get(id)).toMatchObject({ outcome: 'upheld', predikat: 'baik' }),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('prints the decided ratings and does not call an unchanged predikat changed', async () => {
    const decision = makeObjectionDecision({
      nip: STAFF,
      periodId: Q1,
      appraiserNip: HEAD,
      deciderNip: BOSS,
      outcome: 'changed',
      hasilKerja: 'sesuai',
      perilaku: 'di-atas',
      predikat: 'baik',
      reason: 'Perilaku kolaboratif terbukti.',
    });
    const { over } = await device(STAFF, [objection, decision]);
    render(over(<EvaluationDocument nip={STAFF} periodId={Q1} />));
    await screen.findByText(/predikat tetap Baik\. Perilaku kolaboratif terbukti\./);
    expect(screen.queryByText(/diubah menjadi/)).toBeNull();
    const perilaku = screen.getByRole('rowheader', { name: 'Rating perilaku kerja' });
    expect(perilaku.parentElement?.textContent).toContain(
      'Di Atas Ekspektasi (semula Sesuai Ekspektasi; diubah oleh keputusan atas keberatan)',
    );
  });
});

describe('an objection that is too short', () => {
  it('says why next to the field and keeps the text, instead of only disabling the button', async () => {
    const { db, rm, over } = await device(STAFF);
    const ctx = await appraisalContext(rm, STAFF, Q1);
    if (!ctx?.appraisal) throw new Error('no appraisal');
    render(over(<ResponseCard ctx={ctx} appraisal={ctx.appraisal} />));
    fireEvent.click(screen.getByRole('button', { name: 'Ajukan keberatan' }));
    const field = screen.getByRole('textbox', { name: 'Alasan keberatan' });
    fireEvent.change(field, { target: { value: 'Tidak setuju' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kirim keberatan' }));
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby') ?? '').toContain('error');
    screen.getByText(/paling sedikit 20 karakter; baru 12 karakter/);
    expect((field as HTMLTextAreaElement).value).toBe('Tidak setuju');
    await expect(db.get(ids.acknowledgement(STAFF, Q1))).rejects.toMatchObject({ status: 404 });
  });
});
