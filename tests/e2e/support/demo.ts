/** Demo accounts seeded by SEED=demo (see README): every one signs in with the same password. */
export const DEMO_PASSWORD = 'gayungan2026';

export const DEWI = { nip: '198811122011012003', name: 'Dewi Lestari', role: 'staff' } as const;
export const SRI = { nip: '197805202003122001', name: 'Sri Wahyuni', role: 'head' } as const;

export type DemoPerson = typeof DEWI | typeof SRI;
