/** Accounts in server.sqlite: NIP, name, stored roles and the scrypt hash of the password. */
import type { StoredRole } from '../../client/core/org-chart';
import type { ServerDb } from '../server-db';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords';

export type Account = { nip: string; name: string; roles: StoredRole[] };

type Row = {
  nip: string;
  name: string;
  roles: string;
  salt: Uint8Array;
  hash: Uint8Array;
  params: string;
};

export class Accounts {
  constructor(private readonly db: ServerDb) {}

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM accounts').get() as { n: number }).n;
  }

  find(nip: string): Account | null {
    const row = this.db.prepare('SELECT * FROM accounts WHERE nip = ?').get(nip) as Row | undefined;
    return row ? toAccount(row) : null;
  }

  async create(account: Account, password: string): Promise<void> {
    const h = await hashPassword(password);
    this.db
      .prepare(
        'INSERT INTO accounts (nip, name, roles, salt, hash, params, password_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        account.nip,
        account.name,
        JSON.stringify(account.roles),
        h.salt,
        h.hash,
        h.params,
        Date.now(),
      );
  }

  /** Stored roles of every account that has any (the organisation import compares with them). */
  rolesByNip(): Map<string, StoredRole[]> {
    const rows = this.db
      .prepare("SELECT nip, roles FROM accounts WHERE roles <> '[]'")
      .all() as Pick<Row, 'nip' | 'roles'>[];
    return new Map(rows.map((r) => [r.nip, JSON.parse(r.roles) as StoredRole[]]));
  }

  /** Replaces an account's stored roles; false when there is no such account. */
  setRoles(nip: string, roles: readonly StoredRole[]): boolean {
    return (
      this.db.prepare('UPDATE accounts SET roles = ? WHERE nip = ?').run(JSON.stringify(roles), nip)
        .changes > 0
    );
  }

  /** The account when the password is right; null otherwise, after the same amount of work. */
  async verify(nip: string, password: string): Promise<Account | null> {
    const row = this.db.prepare('SELECT * FROM accounts WHERE nip = ?').get(nip) as Row | undefined;
    const ok = await verifyPassword(password, row ?? DUMMY_HASH);
    return ok && row ? toAccount(row) : null;
  }

  /** Sets a new password and revokes every session of the account. */
  async setPassword(nip: string, password: string): Promise<boolean> {
    const h = await hashPassword(password);
    const tx = this.db.transaction(() => {
      const res = this.db
        .prepare(
          'UPDATE accounts SET salt = ?, hash = ?, params = ?, password_changed_at = ? WHERE nip = ?',
        )
        .run(h.salt, h.hash, h.params, Date.now(), nip);
      this.db.prepare('DELETE FROM sessions WHERE nip = ?').run(nip);
      return res.changes > 0;
    });
    return tx();
  }
}

function toAccount(row: Row): Account {
  return { nip: row.nip, name: row.name, roles: JSON.parse(row.roles) as StoredRole[] };
}
