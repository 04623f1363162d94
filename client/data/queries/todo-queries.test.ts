import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { User } from '../../core/org-chart';
import {
  makeActivity,
  makeAttendanceDecision,
  makeCorrection,
  makeEnrolment,
  makeEnrolmentDecision,
  makeFeedback,
  makeFeedbackResponse,
  makeSetting,
  makeTraining,
  makeYearPeriod,
  NIP,
  orgEmployees,
  orgUnits,
  pengelolaUser,
} from '../../core/testing/factories';
import { closeDevices, projectedDevice } from '../testing/devices';
import { HEAD, kelurahanEmployee, NOW, OTHER, STAFF } from '../testing/kelurahan';
import { todoItems } from './todo-queries';

afterEach(closeDevices);

const submitted = (nip: string, date: string) =>
  makeActivity({ nip, date, status: 'submitted', round: 1 });
const feedbackTo = (nip: string, date: string) =>
  makeFeedback({ nip, authorNip: HEAD, date, createdAt: `${date}T09:00:00+07:00` });

const toStaff = feedbackTo(STAFF, '2025-03-03');
const base = [
  kelurahanEmployee(HEAD),
  kelurahanEmployee(STAFF, { name: 'Staf A' }),
  kelurahanEmployee(OTHER),
  makeYearPeriod(2025),
  submitted(STAFF, '2025-03-10'),
  submitted(STAFF, '2025-03-11'),
  toStaff,
  feedbackTo(OTHER, '2025-03-11'),
];

describe('todoItems (read model)', () => {
  it("gathers a head's list from the device, with the organisation's reminder setting", async () => {
    const quiet = await projectedDevice(base);
    expect((await todoItems(quiet, HEAD, NOW)).map((i) => i.kind)).toEqual([
      'verify',
      'skp-submit',
    ]);
    const weekly = await projectedDevice([...base, makeSetting({ feedbackReminderWeeks: 1 })]);
    const items = await todoItems(weekly, HEAD, NOW);
    expect(items.map((i) => [i.kind, i.count])).toEqual([
      ['feedback-due', 9],
      ['verify', 2],
      ['skp-submit', 1],
    ]);
    expect(items[1]?.people).toEqual([{ nip: STAFF, name: 'Staf A', count: 2 }]);
  });

  it("counts the staff member's unread feedback until their read mark syncs", async () => {
    const unread = await projectedDevice(base);
    const count = async (rm: typeof unread) =>
      (await todoItems(rm, STAFF, NOW)).find((i) => i.kind === 'unread-feedback')?.count ?? 0;
    expect(await count(unread)).toBe(1);
    const read = await projectedDevice([
      ...base,
      makeFeedbackResponse(toStaff, { readAt: '2025-03-04T08:00:00+07:00' }),
    ]);
    expect(await count(read)).toBe(0);
  });
});

describe('todoItems: development requests (read model)', () => {
  it("gives the head the staff's undecided requests, gone once the decision is on the device", async () => {
    const request = makeEnrolment({ nip: STAFF, key: 'kerja-tim', unitId: 'kelurahan-a' });
    const waiting = await projectedDevice([...base, makeTraining(), request]);
    const item = (await todoItems(waiting, HEAD, NOW)).find((i) => i.kind === 'development-decide');
    expect(item).toMatchObject({ count: 1, route: `/tim/${STAFF}` });
    const decided = await projectedDevice([
      ...base,
      makeTraining(),
      request,
      makeEnrolmentDecision({ nip: STAFF, unitId: 'kelurahan-a', appraiserNip: HEAD }),
    ]);
    expect((await todoItems(decided, HEAD, NOW)).map((i) => i.kind)).not.toContain(
      'development-decide',
    );
  });
});

describe('todoItems: attendance corrections (read model)', () => {
  it("gives the head the staff's undecided correction, gone once the decision is on the device", async () => {
    const request = makeCorrection({ nip: STAFF, date: '2025-03-10', unitId: 'kelurahan-a' });
    const waiting = await projectedDevice([...base, request]);
    const item = (await todoItems(waiting, HEAD, NOW)).find((i) => i.kind === 'attendance-decide');
    expect(item).toMatchObject({ count: 1, route: `/tim/${STAFF}` });
    const decided = await projectedDevice([
      ...base,
      request,
      makeAttendanceDecision(request, { appraiserNip: HEAD }),
    ]);
    expect((await todoItems(decided, HEAD, NOW)).map((i) => i.kind)).not.toContain(
      'attendance-decide',
    );
  });
});

describe('todoItems: the Pengelola’s attendance corrections', () => {
  it('lists the approved corrections waiting to be applied for a Pengelola only', async () => {
    const request = makeCorrection();
    const rm = await projectedDevice([
      ...orgEmployees(),
      ...orgUnits(),
      request,
      makeAttendanceDecision(request),
    ]);
    const at = Date.parse('2026-05-15T10:00:00+07:00');
    const apply = async (user: User | null) =>
      (await todoItems(rm, NIP.pengelola, at, user)).filter((i) => i.kind === 'attendance-apply');
    expect(await apply(pengelolaUser)).toEqual([
      expect.objectContaining({ count: 1, route: '/kelola/kehadiran' }),
    ]);
    expect(await apply({ ...pengelolaUser, scope: 'bidang-b' })).toEqual([]);
    expect(await apply(null)).toEqual([]);
  });
});
