// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { civilDate } from '../../core/dates';
import {
  makeAcknowledgement,
  makeAppraisal,
  makeFinalAppraisal,
  makeObjectionDecision,
  makeOrgRating,
  makePeriod,
  makeYearPeriod,
} from '../../core/testing/factories';
import type { LocalDb } from '../../data/local-db';
import { useSessionStore } from '../../data/session-store';
import { closeDevices, memoryDb, projectedDevice, userDataFor } from '../../data/testing/devices';
import { HEAD, kelurahanEmployee, STAFF, UNIT } from '../../data/testing/kelurahan';
import { UserDataContext } from '../../data/user-data';
import { usePrefsStore } from '../../ui/prefs-store';
import { AboutScreen } from './about-screen';

// The page reads "this year" from the real clock, so the documents are dated from it.
const TODAY = civilDate(Date.now());
const YEAR = Number(TODAY.slice(0, 4));
const Q1 = `${YEAR}-q1`;
const dbs: LocalDb[] = [];

beforeEach(() => {
  usePrefsStore.setState({ lang: 'id' });
  useSessionStore.setState({
    status: 'signed-in',
    user: { nip: STAFF, name: 'Dewi', position: 'Guru', unitId: UNIT, roles: ['pegawai'] },
  });
});

afterEach(async () => {
  cleanup();
  await closeDevices();
  for (const db of dbs.splice(0)) await db.destroy();
});

/** Staff of kelurahan-a (under HEAD) with this year's periods, plus `docs`; the page over them. */
async function renderAbout(docs: { _id: string }[] = []) {
  const rm = await projectedDevice([
    kelurahanEmployee(HEAD),
    kelurahanEmployee(STAFF),
    makeYearPeriod(YEAR),
    makePeriod({
      periodId: Q1,
      kind: 'quarterly',
      year: YEAR,
      quarter: 1,
      label: `Triwulan I ${YEAR}`,
      start: `${YEAR}-01-01`,
      end: `${YEAR}-03-31`,
      status: 'closed',
    }),
    makePeriod({
      periodId: 'now',
      kind: 'monthly',
      year: YEAR,
      label: 'Bulan ini',
      start: TODAY,
      end: TODAY,
      submitBy: TODAY,
    }),
    ...docs,
  ]);
  const db = memoryDb();
  dbs.push(db);
  render(
    <UserDataContext value={userDataFor(db, rm, STAFF)}>
      <AboutScreen />
    </UserDataContext>,
  );
  await screen.findByText(/Periode tahun/);
}

const q1Final = (overrides = {}) =>
  makeFinalAppraisal('di-atas', 'di-atas', {
    nip: STAFF,
    appraiserNip: HEAD,
    periodId: Q1,
    finalizedAt: new Date().toISOString(),
    ...overrides,
  });

const markedCells = () => document.querySelectorAll('.predikat-matrix td[aria-current="true"]');

describe('Tentang penilaian', () => {
  it('marks the person’s own last final predikat in the matrix and names it', async () => {
    await renderAbout([q1Final()]);
    expect(await screen.findByText(/Penilaian final terakhir Anda, Triwulan I/)).toBeTruthy();
    const cells = markedCells();
    expect(cells).toHaveLength(1);
    expect(cells[0]?.getAttribute('data-predikat')).toBe('sangat-baik');
    expect(screen.getByText(/predikat Sangat Baik\./)).toBeTruthy();
    expect(
      screen.getByRole('link', { name: `Buka Rapor Triwulan I ${YEAR}` }).getAttribute('href'),
    ).toBe(`/kinerja/rapor/${Q1}`);
  });

  it('shows the ratings an objection decision changed, not the appraiser’s', async () => {
    await renderAbout([
      q1Final(),
      makeObjectionDecision({
        nip: STAFF,
        appraiserNip: HEAD,
        periodId: Q1,
        outcome: 'changed',
        hasilKerja: 'sesuai',
        perilaku: 'sesuai',
        predikat: 'baik',
      }),
    ]);
    await screen.findByText(/hasil keputusan atas keberatan Anda/);
    expect(markedCells()[0]?.getAttribute('data-predikat')).toBe('baik');
  });

  it('marks nothing before a first final appraisal, and says so', async () => {
    await renderAbout([makeAppraisal({ nip: STAFF, appraiserNip: HEAD, periodId: Q1 })]);
    expect(await screen.findByText(/belum memiliki penilaian final/)).toBeTruthy();
    expect(markedCells()).toHaveLength(0);
  });

  it('lists this year’s periods with the running one and its batas pengisian', async () => {
    await renderAbout();
    const periods = screen.getByRole('heading', { name: `Periode tahun ${YEAR}` })
      .nextElementSibling as HTMLElement;
    const items = within(periods).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('strong')?.textContent)).toEqual([
      `Tahun ${YEAR}`,
      `Triwulan I ${YEAR}`,
      expect.any(String),
    ]);
    expect(items[1]?.textContent).toContain('Ditutup');
    expect(items[2]?.getAttribute('aria-current')).toBe('true');
    expect(items[2]?.textContent).toMatch(/Sedang berjalan.*Batas pengisian/);
  });

  it('words the curve from core’s rules and marks the rating of the person’s unit', async () => {
    await renderAbout([q1Final(), makeOrgRating({ unitId: UNIT, periodId: Q1, rating: 'baik' })]);
    const table = await screen.findByRole('table', { name: /menurut capaian kinerja organisasi/ });
    const row = (org: string) => table.querySelector(`tr[data-org="${org}"]`) as HTMLElement;
    expect(row('istimewa').textContent).toContain('paling banyak 70% Sangat Baik');
    expect(row('baik').textContent).toMatch(
      /paling banyak 70% Baik.*paling sedikit 1 orang Butuh Perbaikan atau Kurang\/Misconduct/,
    );
    expect(row('sangat-kurang').textContent).toContain('tidak ada yang Sangat Baik');
    expect(await within(row('baik')).findByText(`Unit Anda, Triwulan I ${YEAR}`)).toBeTruthy();
    expect(table.querySelectorAll('[data-mine]')).toHaveLength(1);
  });

  it('gives the objection window of core and where the person stands in it', async () => {
    await renderAbout([q1Final()]);
    const rights = screen.getByRole('region', { name: 'Hak Anda' });
    expect(within(rights).getByText(/Dalam 14 hari sejak penilaian final/)).toBeTruthy();
    expect(
      await within(rights).findByText(/Untuk penilaian Triwulan I .*, batasnya /),
    ).toBeTruthy();
    cleanup();
    await renderAbout([
      q1Final(),
      makeAcknowledgement({ nip: STAFF, appraiserNip: HEAD, periodId: Q1 }),
    ]);
    expect(await screen.findByText(/Anda sudah menerima penilaian Triwulan I/)).toBeTruthy();
  });

  it('links every rule to an entry of "Dasar hukum" on the page, with the full titles', async () => {
    await renderAbout();
    const basis = screen.getByRole('region', { name: 'Dasar hukum' });
    for (const title of [
      /Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 6 Tahun 2022 tentang Pengelolaan Kinerja Pegawai Aparatur Sipil Negara/,
      /Surat Edaran Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 3 Tahun 2023/,
      /Peraturan Pemerintah Nomor 30 Tahun 2019 tentang Penilaian Kinerja Pegawai Negeri Sipil/,
    ]) {
      expect(within(basis).getByText(title)).toBeTruthy();
    }
    const links = [...document.querySelectorAll<HTMLAnchorElement>('a.about-basis__link')];
    expect(links.length).toBeGreaterThanOrEqual(8);
    for (const link of links) {
      const target = document.getElementById(link.getAttribute('href')?.slice(1) ?? '');
      expect(target, link.textContent ?? '').not.toBeNull();
      expect(basis.contains(target)).toBe(true);
    }
    const objection = screen.getAllByRole('link', { name: 'PP 30/2019 Pasal 59' })[0];
    expect(document.getElementById('dasar-pp-30-2019-pasal-59')?.textContent).toContain(
      'dalam 14 hari',
    );
    expect(objection?.getAttribute('href')).toBe('#dasar-pp-30-2019-pasal-59');
  });
});
