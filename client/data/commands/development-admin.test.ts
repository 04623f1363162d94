import { afterEach, describe, expect, it } from 'vitest';
import {
  makeCompletion,
  makeEnrolment,
  makeEnrolmentDecision,
  makeSelfLearning,
  makeTraining,
  NIP,
  NOW,
  pengelolaUser,
} from '../../core/testing/factories';
import { closePengelolaDevices, pengelolaDevice } from '../testing/pengelola-device';
import { checkCompletion, decideSeat } from './development-admin';
import { saveTraining, setTrainingArchived, trainingCodeOf } from './save-training';

afterEach(closePengelolaDevices);

const input = {
  title: 'Manajemen Waktu dan Prioritas Kerja',
  description: '',
  form: 'pelatihan' as const,
  area: 'manajerial' as const,
  jp: 8,
  provider: 'BKPSDM',
  mode: 'daring' as const,
  start: null,
  end: null,
  seats: null,
  focus: ['hasil-kerja' as const],
};

describe('saveTraining', () => {
  it('adds an activity under a code from its title, a second one under the next code, and archives', async () => {
    const { db, ctx } = await pengelolaDevice();
    expect(await saveTraining(null, input, ctx)).toEqual({
      ok: true,
      id: 'training:manajemen-waktu-dan-prioritas-kerja',
    });
    expect(await saveTraining(null, input, ctx)).toMatchObject({
      id: 'training:manajemen-waktu-dan-prioritas-kerja-2',
    });
    await saveTraining('manajemen-waktu-dan-prioritas-kerja', { ...input, jp: 12 }, ctx);
    await setTrainingArchived('manajemen-waktu-dan-prioritas-kerja', true, ctx);
    expect(await db.get('training:manajemen-waktu-dan-prioritas-kerja')).toMatchObject({
      jp: 12,
      archived: true,
    });
    expect(trainingCodeOf('Literasi Digital & AI!')).toBe('literasi-digital-ai');
  });

  it('names the refused field, and refuses staff and a Pengelola of one unit', async () => {
    const { db, ctx } = await pengelolaDevice();
    expect(
      await saveTraining(null, { ...input, start: '2026-06-03', end: '2026-06-01' }, ctx),
    ).toMatchObject({ ok: false, field: 'end' });
    expect(await saveTraining(null, { ...input, focus: [] }, ctx)).toMatchObject({
      ok: false,
      field: 'focus',
    });
    const staff = { ...ctx, user: { nip: NIP.staffA1, roles: [] } };
    expect(await saveTraining(null, input, staff)).toMatchObject({ ok: false });
    const scoped = { ...ctx, user: { ...pengelolaUser, scope: 'bidang-a' } };
    expect(await saveTraining(null, input, scoped)).toMatchObject({ ok: false });
    expect((await db.allDocs({ startkey: 'training:', endkey: 'training:\uffff' })).rows).toEqual(
      [],
    );
  });
});

describe('decideSeat and checkCompletion', () => {
  const training = makeTraining();
  const request = makeEnrolment();

  it('confirms a seat only after the head approved, then verifies the reported completion', async () => {
    const { db, ctx } = await pengelolaDevice([training, request]);
    expect(await decideSeat(NIP.staffA1, 'kerja-tim', { status: 'confirmed' }, ctx)).toMatchObject({
      ok: false,
      code: 'not-approved',
    });
    await db.put(makeEnrolmentDecision());
    expect(await decideSeat(NIP.staffA1, 'kerja-tim', { status: 'confirmed' }, ctx)).toEqual({
      ok: true,
      id: `enrolment-admin:${NIP.staffA1}:kerja-tim`,
    });
    expect(
      await checkCompletion(NIP.staffA1, 'kerja-tim', { status: 'verified' }, ctx),
    ).toMatchObject({ ok: false, code: 'no-completion' });
    const stored = await db.get(request._id);
    await db.put({ ...stored, completion: makeCompletion({ date: '2026-05-14' }) });
    expect(
      await checkCompletion(NIP.staffA1, 'kerja-tim', { status: 'verified' }, ctx),
    ).toMatchObject({ ok: true });
    expect(await db.get(`enrolment-admin:${NIP.staffA1}:kerja-tim`)).toMatchObject({
      seat: { status: 'confirmed', by: NIP.pengelola, note: '' },
      verification: { status: 'verified', by: NIP.pengelola, at: new Date(NOW).toISOString() },
    });
  });

  it('needs a reason of 10 characters for a full class and a returned report', async () => {
    const self = makeSelfLearning();
    const { ctx } = await pengelolaDevice([training, request, makeEnrolmentDecision(), self]);
    expect(
      await decideSeat(NIP.staffA1, 'kerja-tim', { status: 'full', note: 'penuh' }, ctx),
    ).toMatchObject({ ok: false, field: 'seat.note' });
    expect(
      await decideSeat(
        NIP.staffA1,
        'kerja-tim',
        { status: 'full', note: 'Kuota angkatan Juni sudah penuh' },
        ctx,
      ),
    ).toMatchObject({ ok: true });
    expect(
      await checkCompletion(NIP.staffA1, self.key, { status: 'rejected', note: ' ' }, ctx),
    ).toMatchObject({ ok: false, field: 'verification.note' });
    expect(
      await checkCompletion(
        NIP.staffA1,
        self.key,
        { status: 'rejected', note: 'Lampirkan bukti jam belajar' },
        ctx,
      ),
    ).toMatchObject({ ok: true });
  });

  it('refuses a Pengelola who does not keep the person, and a record this device lacks', async () => {
    const { ctx } = await pengelolaDevice([training, request, makeEnrolmentDecision()]);
    const other = { ...ctx, user: { ...pengelolaUser, scope: 'bidang-b' } };
    expect(
      await decideSeat(NIP.staffA1, 'kerja-tim', { status: 'confirmed' }, other),
    ).toMatchObject({ ok: false, code: 'out-of-scope' });
    expect(await decideSeat(NIP.staffA2, 'kerja-tim', { status: 'confirmed' }, ctx)).toMatchObject({
      ok: false,
      code: 'not-found',
    });
  });
});
