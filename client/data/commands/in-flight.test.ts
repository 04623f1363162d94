import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { command, CommandsInFlight, isCommand } from './in-flight';

/** A promise and the function that resolves it. */
function step() {
  let resolve!: () => void;
  const done = new Promise<void>((r) => (resolve = r));
  return { done, resolve };
}

describe('commands in flight', () => {
  type Ctx = { inFlight?: CommandsInFlight; nip: string };
  const ctxOf = (inFlight: CommandsInFlight): Ctx => ({ inFlight, nip: 'staff' });

  it('settles only once the commands running have ended', async () => {
    const inFlight = new CommandsInFlight();
    const held = step();
    const save = command(async (input: string, ctx: Ctx) => {
      await held.done;
      return `${input} saved by ${ctx.nip}`;
    });
    const saving = save('Rapat', ctxOf(inFlight));
    let settled = false;
    const waited = inFlight.settled().then(() => (settled = true));
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(settled).toBe(false);
    held.resolve();
    expect(await saving).toBe('Rapat saved by staff');
    await waited;
    expect(settled).toBe(true);
  });

  it('drains: the steps of a command running go on, a command started after is refused', async () => {
    const inFlight = new CommandsInFlight();
    const held = step();
    const write = command(async (doc: string, ctx: Ctx) => `${ctx.nip} wrote ${doc}`);
    // saveActivity calls putDocs, itself a command: its step after the drain began still runs.
    const save = command(async (doc: string, ctx: Ctx) => {
      await held.done;
      return write(doc, ctx);
    });
    const saving = save('a', ctxOf(inFlight));
    const drained = inFlight.drain(new Error('signed out'));
    held.resolve();
    expect(await saving).toBe('staff wrote a');
    await drained;
    await expect(save('b', ctxOf(inFlight))).rejects.toThrow('signed out');
  });

  it('runs a command as it is when its context has no inFlight (tests)', async () => {
    const save = command(async (doc: string, ctx: Ctx) => `${ctx.nip} wrote ${doc}`);
    expect(await save('a', { nip: 'staff' })).toBe('staff wrote a');
    expect(isCommand(save)).toBe(true);
  });
});

describe('the commands the screens call', () => {
  const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts']);
  const client = path.resolve(__dirname, '../..');
  /** Source files of the screens and the app frame, which call commands. */
  function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return sources(p);
      return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
    });
  }

  it('are each registered while they run (wrapped with command())', async () => {
    const imported = new Map<string, Set<string>>();
    const pattern = /import\s*\{([^}]+)\}\s*from\s*'[./]+\/data\/commands\/([a-z-]+)'/g;
    for (const file of [
      ...sources(path.join(client, 'features')),
      ...sources(path.join(client, 'app')),
    ]) {
      for (const m of readFileSync(file, 'utf8').matchAll(pattern)) {
        const names = (m[1] ?? '')
          .split(',')
          .map((n) => n.trim())
          .filter((n) => n && !n.startsWith('type '))
          .map((n) => n.split(' as ')[0]!.trim());
        const set = imported.get(m[2]!) ?? new Set<string>();
        names.forEach((n) => set.add(n));
        imported.set(m[2]!, set);
      }
    }
    expect(imported.get('save-activity')).toContain('saveActivity');
    const unwrapped: string[] = [];
    for (const [module, names] of imported) {
      const load = modules[`./${module}.ts`];
      expect(load, module).toBeDefined();
      const exports = await load!();
      for (const name of names) {
        const value = exports[name];
        // A function that returns a promise and is not wrapped: async ones are seen as such.
        if (
          typeof value === 'function' &&
          !isCommand(value) &&
          value.constructor.name === 'AsyncFunction'
        )
          unwrapped.push(`${module}: ${name}`);
      }
    }
    expect(unwrapped).toEqual([]);
  });
});
