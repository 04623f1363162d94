// `npm run dev`: the sync server (tsx watch, restarts on change) and the Vite dev server side by
// side. Vite proxies /api and /couch to the sync server on SERVER_PORT (default 8081). Output is
// forwarded line by line with a prefix; Ctrl-C, or either process ending, stops both.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const serverPort = process.env.SERVER_PORT ?? '8081';

const children = [];
let stopping = false;

function start(label, command, args, env) {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, FORCE_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group, so stop() also reaches grandchildren (tsx runs the server in a child).
    detached: true,
  });
  for (const [stream, out] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]) {
    createInterface({ input: stream }).on('line', (line) => out.write(`${label} ${line}\n`));
  }
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${label} exited (${signal ?? code}); stopping the other process.`);
      stop(code ?? 1);
    }
  });
  children.push(child);
}

function stop(exitCode) {
  if (stopping) return;
  stopping = true;
  process.exitCode = exitCode;
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // The group is already gone.
      }
    }
  }
  setTimeout(() => process.exit(exitCode), 500).unref();
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
process.on('exit', () => {
  for (const child of children) {
    if (child.pid === undefined) continue;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already stopped.
    }
  }
});

start('[server]', bin('tsx'), ['watch', 'sync-server/index.ts'], {
  PORT: serverPort,
  SERVER_PORT: serverPort,
});
start('[vite]  ', bin('vite'), [], { SERVER_PORT: serverPort });
