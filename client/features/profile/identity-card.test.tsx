// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReadModel } from '../../data/read-model';
import { useSessionStore } from '../../data/session-store';
import { memoryDb, readModel, userDataFor } from '../../data/testing/devices';
import { STAFF } from '../../data/testing/kelurahan';
import { UserDataContext } from '../../data/user-data';
import { IdentityCard } from './identity-card';

const open: ReadModel[] = [];
const caught: string[] = [];

/** Records what the card throws while rendering (the live query's errors surface there). */
class Catch extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: Error) {
    caught.push(error.message);
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

afterEach(() => {
  cleanup();
  for (const rm of open.splice(0)) rm.close();
  caught.length = 0;
});

/** A read model holding one unit, and the card rendered over it. */
async function withUnit(): Promise<(card: ReactNode) => ReactNode> {
  const rm = readModel();
  open.push(rm);
  await rm.units.put({
    id: 'unit:sdn-1',
    rev: '1-a',
    seq: 1,
    conflicted: false,
    type: 'unit',
    schemaVersion: 1,
    unitId: 'sdn-1',
    name: 'SD Negeri Gayungan 1',
    parentId: null,
    headNip: null,
  });
  const data = userDataFor(memoryDb(), rm, STAFF);
  return (card) => <UserDataContext value={data}>{card}</UserDataContext>;
}

describe('IdentityCard', () => {
  it('shows a person with their position and the name of their unit', async () => {
    const over = await withUnit();
    useSessionStore.setState({
      status: 'signed-in',
      user: { nip: STAFF, name: 'Dewi', position: 'Guru', unitId: 'sdn-1', roles: ['pegawai'] },
    });
    render(over(<IdentityCard />));
    expect(await screen.findByText('SD Negeri Gayungan 1')).toBeTruthy();
    expect(screen.getByText('Guru')).toBeTruthy();
  });

  it('shows the admin, who has no unit and no position, without looking a unit up', async () => {
    const over = await withUnit();
    useSessionStore.setState({
      status: 'signed-in',
      user: {
        nip: 'admin',
        name: 'Administrator Sistem',
        position: null,
        unitId: null,
        roles: ['admin'],
      },
    });
    render(over(<Catch>{<IdentityCard />}</Catch>));
    // A live query that throws surfaces after render (Dexie: "Invalid key provided").
    await new Promise((r) => setTimeout(r, 100));
    expect(caught).toEqual([]);
    expect(screen.getByText('Administrator Sistem')).toBeTruthy();
    expect(screen.getByText('Admin')).toBeTruthy();
    expect(screen.queryByText('Unit kerja')).toBeNull();
    expect(screen.queryByText('Jabatan')).toBeNull();
  });
});
