import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilDate } from './dates';
import { DOC_TYPES, ownerNipOfId, type DocType } from './ids';
import { superiorOf, type OrgChart, type StoredRole, type User } from './org-chart';
import { canWrite, WRITER_OF } from './permissions';
import { makeDocOfType, NIP, orgChart, writeContext } from './testing/factories';
import { validateWrite } from './validate-write';

const chart = orgChart();
const fixtureNips = Object.values(NIP);
const nipArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...fixtureNips) },
  { weight: 1, arbitrary: fc.stringMatching(/^[1-9]\d{17}$/) },
);
const userArb: fc.Arbitrary<User> = fc.record({
  nip: fc.oneof(nipArb, fc.constant('admin')),
  roles: fc.subarray<StoredRole>(['pengelola', 'admin']),
});
// A day in office and a day in the Plt range (June 2026), at 10:00 WIB.
const nowArb = fc
  .constantFrom('2026-05-15', '2026-06-15')
  .map((d) => Date.parse(`${d}T10:00:00+07:00`));

/** The writer rule of DOMAIN.md stated without canWrite: who may write a type for an owner. */
function holdsWriterRole(
  user: User,
  type: DocType,
  owner: string | null,
  c: OrgChart,
  date: string,
): boolean {
  switch (WRITER_OF[type]) {
    case 'pengelola':
      return user.roles.length > 0;
    case 'owner':
      return owner === user.nip;
    case 'appraiser':
      return owner !== null && superiorOf(c, owner, date) === user.nip;
    case 'atasan': {
      const appraiser = owner === null ? null : superiorOf(c, owner, date);
      return appraiser !== null && superiorOf(c, appraiser, date) === user.nip;
    }
    case 'server':
      return false;
  }
}

describe('validateWrite: one writer role per type', () => {
  it('refuses with not-writer every user who lacks the writer role for that type and owner', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DOC_TYPES),
        nipArb,
        nowArb,
        fc.subarray<StoredRole>(['pengelola', 'admin']),
        nipArb,
        (type, ownerNip, now, roles, stranger) => {
          const doc = makeDocOfType(type, ownerNip);
          const date = civilDate(now);
          const owner = ownerNipOfId(doc._id);
          // Every fixture person, a random NIP and the admin account try the same write.
          for (const nip of [...fixtureNips, stranger, 'admin']) {
            const user = { nip, roles };
            const allowed = canWrite(user, type, owner, chart, date);
            expect(allowed).toBe(holdsWriterRole(user, type, owner, chart, date));
            const verdict = validateWrite(doc, null, user, writeContext({ now }));
            if (!allowed) expect(verdict).toMatchObject({ ok: false, code: 'not-writer' });
            // The decision has a second writer check (the appraiser's superior); every other
            // type refuses a holder of the writer role for some other reason, if at all.
            else if (type !== 'objection-decision')
              expect(verdict).not.toMatchObject({ code: 'not-writer' });
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives no user the writer role of a type for an owner outside the chart, except their own', () => {
    fc.assert(
      fc.property(userArb, fc.constantFrom(...DOC_TYPES), nowArb, (user, type, now) => {
        const doc = makeDocOfType(type, NIP.stranger);
        const verdict = validateWrite(doc, null, user, writeContext({ now }));
        const mayWrite =
          WRITER_OF[type] === 'pengelola'
            ? user.roles.length > 0
            : WRITER_OF[type] === 'owner' && user.nip === NIP.stranger;
        if (!mayWrite) expect(verdict).toMatchObject({ ok: false, code: 'not-writer' });
      }),
    );
  });
});
