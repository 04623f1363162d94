import { describe, expect, it } from 'vitest';
import { matchRoute } from './routes';

const staff = ['pegawai'];
const head = ['pegawai', 'pejabat-penilai'];

describe('matchRoute', () => {
  it('serves a feature path and everything below it', () => {
    expect(matchRoute('/', staff)?.title).toBe('navHome');
    expect(matchRoute('/kegiatan', staff)?.title).toBe('navActivities');
    expect(matchRoute('/kegiatan/baru', staff)?.title).toBe('navActivities');
    expect(matchRoute('/kegiatanx', staff)).toBeNull();
  });

  it('prefers the deeper route and lights its parent navigation item', () => {
    const skp = matchRoute('/kinerja/skp/2026', staff);
    expect(skp?.title).toBe('titleSkp');
    expect(skp?.within).toBe('performance');
    expect(matchRoute('/kinerja/rapor/2026-q1', staff)?.title).toBe('navPerformance');
    expect(matchRoute('/penilaian/skp/198811122011012003/2026', head)?.title).toBe(
      'titleSkpApproval',
    );
  });

  it('keeps head-only screens from staff', () => {
    expect(matchRoute('/tim', staff)).toBeNull();
    expect(matchRoute('/penilaian', staff)).toBeNull();
    expect(matchRoute('/tim/verifikasi', head)?.title).toBe('navTeam');
  });

  it('keeps the first set-up for the admin', () => {
    expect(matchRoute('/persiapan', staff)).toBeNull();
    expect(matchRoute('/persiapan', ['pengelola', 'pegawai'])).toBeNull();
    expect(matchRoute('/persiapan', ['admin'])?.title).toBe('titleSetup');
  });

  it('keeps the console for a Pengelola and the admin', () => {
    expect(matchRoute('/kelola', head)).toBeNull();
    expect(matchRoute('/kelola/pegawai', ['pengelola', 'pegawai'])?.title).toBe('titleConsole');
    expect(matchRoute('/kelola/unit', ['admin'])?.title).toBe('titleConsole');
  });

  it('serves Kehadiran to people in the directory only', () => {
    expect(matchRoute('/kehadiran', staff)?.title).toBe('navAttendance');
    expect(matchRoute('/kehadiran', ['admin'])).toBeNull();
  });

  it('serves Laporan to heads, a Pengelola and the admin, not to staff', () => {
    expect(matchRoute('/laporan', staff)).toBeNull();
    expect(matchRoute('/laporan/tim', head)?.title).toBe('navReports');
    expect(matchRoute('/laporan/organisasi', ['pengelola', 'pegawai'])?.title).toBe('navReports');
    expect(matchRoute('/laporan', ['admin'])?.title).toBe('navReports');
  });

  it('finds nothing for an unknown path', () => {
    expect(matchRoute('/tidak-ada', head)).toBeNull();
  });
});
