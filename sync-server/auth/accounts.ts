/**
 * Accounts in server.sqlite: NIP, name, stored roles and the scrypt hash of the password. An
 * account waiting for its person to choose a password (a new person with an activation code, or
 * one whose code was reset) has an empty hash, which no password matches.
 */
import { randomBytes } from 'node:crypto';
import type { StoredRole } from '../../client/core/org-chart';
import type { ServerDb } from '../server-db';
import { DEFAULT_PARAMS_TEXT, DUMMY_HASH, hashPassword, verifyPassword } from './passwords';

/** `scope`: the unit (OPD) a Pengelola is limited to (core/org-scope.ts); absent: all of it. */
export type Account = { nip: string; name: string; roles: StoredRole[]; scope?: string };

type Row = {
  nip: string;
  name: string;
  roles: string;
  scope: string | null;
  salt: Uint8Array;
  hash: Uint8Array;
  params: string;
};

export class Accounts {
  /** Prepared at its first use (every authenticated request looks its account up). */
  private findStatement: ReturnType<ServerDb['prepare']> | null = null;

  constructor(private readonly db: ServerDb) {}

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM accounts').get() as { n: number }).n;
  }

  find(nip: string): Account | null {
    this.findStatement ??= this.db.prepare('SELECT * FROM accounts WHERE nip = ?');
    const row = this.findStatement.get(nip) as Row | undefined;
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

  /** Creates an account nobody can sign in to until a password is chosen (activation code). */
  createWithoutPassword(account: Account): void {
    this.db
      .prepare(
        'INSERT INTO accounts (nip, name, roles, salt, hash, params, password_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        account.nip,
        account.name,
        JSON.stringify(account.roles),
        new Uint8Array(randomBytes(16)),
        new Uint8Array(0),
        DEFAULT_PARAMS_TEXT,
        Date.now(),
      );
  }

  /** True when the account has a password (it is not waiting for activation). */
  hasPassword(nip: string): boolean {
    const row = this.db.prepare('SELECT length(hash) AS n FROM accounts WHERE nip = ?').get(nip) as
      { n: number } | undefined;
    return (row?.n ?? 0) > 0;
  }

  /**
   * The password stops working (a reset: the person chooses a new one with an activation code).
   * Sessions are left to the caller, which ends them with what is open on them.
   */
  clearPassword(nip: string): void {
    this.db
      .prepare('UPDATE accounts SET hash = ?, password_changed_at = ? WHERE nip = ?')
      .run(new Uint8Array(0), Date.now(), nip);
  }

  /** Replaces the stored roles (Pengelola named or unnamed); false when there is no account. */
  setRoles(nip: string, roles: readonly StoredRole[]): boolean {
    const res = this.db
      .prepare('UPDATE accounts SET roles = ? WHERE nip = ?')
      .run(JSON.stringify([...new Set(roles)]), nip);
    return res.changes > 0;
  }

  /** Limits the account's Pengelola role to a unit and what is under it (null: no limit). */
  setScope(nip: string, scope: string | null): boolean {
    return (
      this.db.prepare('UPDATE accounts SET scope = ? WHERE nip = ?').run(scope, nip).changes > 0
    );
  }

  /** The accounts holding a stored role, by NIP. */
  withRole(role: StoredRole): (Account & { hasPassword: boolean })[] {
    const rows = this.db
      .prepare(
        'SELECT nip, name, roles, scope, length(hash) AS n FROM accounts WHERE EXISTS (SELECT 1 FROM json_each(accounts.roles) WHERE value = ?) ORDER BY nip',
      )
      .all(role) as (Pick<Row, 'nip' | 'name' | 'roles' | 'scope'> & { n: number })[];
    return rows.map((r) => ({ ...toAccount(r), hasPassword: r.n > 0 }));
  }

  /** Stored roles of every account that has any (the organisation import compares with them). */
  rolesByNip(): Map<string, StoredRole[]> {
    const rows = this.db
      .prepare("SELECT nip, roles FROM accounts WHERE roles <> '[]'")
      .all() as Pick<Row, 'nip' | 'roles'>[];
    return new Map(rows.map((r) => [r.nip, JSON.parse(r.roles) as StoredRole[]]));
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

function toAccount(row: Pick<Row, 'nip' | 'name' | 'roles' | 'scope'>): Account {
  const account: Account = {
    nip: row.nip,
    name: row.name,
    roles: JSON.parse(row.roles) as StoredRole[],
  };
  if (row.scope) account.scope = row.scope;
  return account;
}
