/**
 * Demo competency development: the catalog's dated activities, and records in each state a person
 * or a Pengelola meets (a request waiting for the head, a request waiting for a seat, a confirmed
 * seat, a completion waiting for verification, a verified training, a verified hour of
 * self-directed learning), dated relative to the seeding day.
 */
import { addDays } from '../../client/core/dates';
import { ids } from '../../client/core/ids';
import type {
  EnrolmentAdminDoc,
  EnrolmentDecisionDoc,
  EnrolmentDoc,
  TrainingDoc,
} from '../../client/core/schemas/development';
import type { KinerjaDoc } from '../../client/core/schemas/registry';
import { TRAININGS } from './demo-catalogs';
import { NIP, personOf } from './demo-people';
import { wib } from './deterministic';

/** The catalog's activities, the scheduled ones placed after `today`. */
export function trainingDocs(today: string): TrainingDoc[] {
  return TRAININGS.map(({ startsInDays, days, ...t }) => {
    const start = startsInDays === null ? null : addDays(today, startsInDays);
    return {
      _id: ids.training(t.trainingId),
      type: 'training',
      schemaVersion: 1,
      ...t,
      start,
      end: start === null ? null : addDays(start, days - 1),
    };
  });
}

type Step = { day: string; minutes: number };
const at = (s: Step) => wib(s.day, s.minutes);

function record(
  nip: string,
  key: string,
  requested: Step,
  rest: Partial<EnrolmentDoc> = {},
): EnrolmentDoc {
  return {
    _id: ids.enrolment(nip, key),
    type: 'enrolment',
    schemaVersion: 1,
    nip,
    key,
    unitId: personOf(nip).unitId,
    trainingId: key.startsWith('m-') ? null : key,
    self: null,
    note: '',
    planItemId: null,
    requestedAt: at(requested),
    withdrawnAt: null,
    completion: null,
    updatedAt: rest.completion?.reportedAt ?? at(requested),
    ...rest,
  };
}

function decision(nip: string, key: string, step: Step): EnrolmentDecisionDoc {
  const person = personOf(nip);
  return {
    _id: ids.enrolmentDecision(nip, key),
    type: 'enrolment-decision',
    schemaVersion: 1,
    nip,
    key,
    unitId: person.unitId,
    appraiserNip: person.superiorNip ?? nip,
    decision: 'approved',
    reason: '',
    decidedAt: at(step),
  };
}

/** The Pengelola's steps on a record; a verification names the report it judged. */
function admin(
  nip: string,
  key: string,
  seat: Step | null,
  verified: { step: Step; of: EnrolmentDoc } | null,
): EnrolmentAdminDoc {
  return {
    _id: ids.enrolmentAdmin(nip, key),
    type: 'enrolment-admin',
    schemaVersion: 1,
    nip,
    key,
    unitId: personOf(nip).unitId,
    seat: seat && { status: 'confirmed', note: '', at: at(seat), by: NIP.ratna },
    verification: verified && {
      status: 'verified',
      note: '',
      at: at(verified.step),
      by: NIP.ratna,
      reportedAt: verified.of.completion?.reportedAt ?? '',
    },
  };
}

/** Development records of the demo people; `window` are the working days of the daily logs. */
export function buildDevelopment(today: string, window: readonly string[]): KinerjaDoc[] {
  const day = (i: number) => window[Math.max(0, Math.min(window.length - 1, i))] ?? today;
  const docs: KinerjaDoc[] = [];
  // Hendra asked for the report-writing bimtek; his head has not decided yet.
  docs.push(
    record(NIP.hendra, 'penyusunan-laporan', { day: day(window.length - 3), minutes: 600 }),
  );
  // Yoga took Pelayanan Prima: approved, seated, done and verified.
  const yoga = record(
    NIP.yoga,
    'pelayanan-prima',
    { day: day(0), minutes: 600 },
    {
      note: 'Agar lebih sigap menangani keluhan warga di loket.',
      completion: {
        reportedAt: at({ day: day(9), minutes: 900 }),
        date: day(8),
        sessions: [],
        certificate: null,
        note: 'Dua hari di BKPSDM.',
      },
    },
  );
  docs.push(
    yoga,
    decision(NIP.yoga, 'pelayanan-prima', { day: day(1), minutes: 540 }),
    admin(
      NIP.yoga,
      'pelayanan-prima',
      { day: day(2), minutes: 600 },
      { step: { day: day(10), minutes: 600 }, of: yoga },
    ),
  );
  // Nur's Literasi Digital is approved and her seat confirmed.
  docs.push(
    record(NIP.nur, 'literasi-digital', { day: day(5), minutes: 540 }),
    decision(NIP.nur, 'literasi-digital', { day: day(6), minutes: 600 }),
    admin(NIP.nur, 'literasi-digital', { day: day(7), minutes: 600 }, null),
  );
  // Dewi logged two evenings of self-directed study; the first is verified.
  const study = (key: string, title: string, d: string, hours: number) =>
    record(
      NIP.dewi,
      key,
      { day: d, minutes: 20 * 60 },
      {
        self: { form: 'belajar-mandiri', title, provider: 'Platform Merdeka Mengajar' },
        completion: {
          reportedAt: wib(d, 21 * 60),
          date: d,
          sessions: [{ date: d, hours }],
          certificate: null,
          note: '',
        },
      },
    );
  const studied = study('m-01jdemo0000000000000000001', 'Asesmen formatif di kelas', day(3), 2);
  docs.push(
    studied,
    admin(NIP.dewi, 'm-01jdemo0000000000000000001', null, {
      step: { day: day(4), minutes: 600 },
      of: studied,
    }),
    study('m-01jdemo0000000000000000002', 'Modul ajar berdiferensiasi', day(window.length - 2), 2),
  );
  // For the Pengelola's queue: Agus's request for the differentiated-learning workshop is
  // approved by his head and waits for a seat; Budi finished Etika ASN and his report waits for
  // verification (his seat was confirmed).
  docs.push(
    record(
      NIP.agus,
      'pembelajaran-berdiferensiasi',
      { day: day(window.length - 4), minutes: 560 },
      {
        note: 'Kelas PJOK saya beragam kemampuan; ingin belajar menyusun tugas berjenjang.',
      },
    ),
    decision(NIP.agus, 'pembelajaran-berdiferensiasi', {
      day: day(window.length - 3),
      minutes: 780,
    }),
  );
  docs.push(
    record(
      NIP.budi,
      'etika-asn',
      { day: day(2), minutes: 600 },
      {
        completion: {
          reportedAt: at({ day: day(window.length - 2), minutes: 960 }),
          date: day(window.length - 2),
          sessions: [],
          certificate: null,
          note: 'Modul e-learning selesai dengan nilai akhir 88.',
        },
      },
    ),
    decision(NIP.budi, 'etika-asn', { day: day(3), minutes: 540 }),
    admin(NIP.budi, 'etika-asn', { day: day(4), minutes: 600 }, null),
  );
  return docs;
}
