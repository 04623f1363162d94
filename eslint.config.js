// ESLint flat config. Besides the recommended rule sets it enforces the import boundaries of
// docs ARCHITECTURE.md with `no-restricted-imports`:
//   client/core          imports nothing outside client/core; packages: zod and ulid only
//   client/features/<x>  never imports another feature
//   client/** (not core) never imports sync-server
//   sync-server          imports from client/ only client/core, and the demo seed only dynamically
//
// `no-restricted-imports` matches the import string, not the resolved file, so whether `../x`
// leaves a folder depends on how deep the importing file sits. The blocks are therefore generated
// per depth (see `depths`). Every file gets exactly one `no-restricted-imports` block: in flat
// config a later block replaces the options of an earlier one, it does not add to them.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const CODE = '*.{ts,tsx}';
const TEST = '*.test.{ts,tsx}';
/** Nesting levels below a folder that the boundary blocks cover (0 = directly inside it). */
const depths = [0, 1, 2, 3, 4, 5];

/** `../` repeated n times, as a regex fragment. */
const up = (n) => `(\\.\\./){${n}}`;
/** Glob for files exactly `depth` folders below `dir`. */
const filesAt = (dir, depth, name) => `${dir}/${'*/'.repeat(depth)}${name}`;

const noSyncServer = {
  regex: '(^|/)sync-server(/|$)',
  message: 'The client must not import the sync server; share code through client/core.',
};

/** Restrictions for a client/core file `depth` folders below client/core. */
function coreRestrictions(depth, allowedPackages) {
  return [
    {
      regex: `^${up(depth + 1)}`,
      message: 'client/core imports nothing outside client/core.',
    },
    {
      // Any bare specifier (package, Node builtin, node:*) other than the allowed ones.
      regex: `^(?!(${allowedPackages.join('|')})(/|$))[^./]`,
      message: `client/core is pure: the only packages it may import are ${allowedPackages.join(', ')} (no React, DOM, Dexie, PouchDB, Express, Zustand or Node).`,
    },
  ];
}

/** Restrictions for a file `depth` folders below client/features/<name>. */
function featureRestrictions(depth) {
  return [
    {
      // `../other` from the feature root, `../../other` one folder down, and so on.
      regex: `^${up(depth + 1)}[^./]`,
      message: 'A feature must not import another feature; move shared code to core, data or app.',
    },
    {
      regex: '(^|/)features/',
      message: 'A feature must not import another feature; move shared code to core, data or app.',
    },
    noSyncServer,
  ];
}

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

const coreBlocks = depths.flatMap((depth) => [
  {
    name: `boundaries/client-core/depth-${depth}`,
    files: [filesAt('client/core', depth, CODE)],
    rules: restrict(coreRestrictions(depth, ['zod', 'ulid'])),
  },
  {
    name: `boundaries/client-core-tests/depth-${depth}`,
    files: [filesAt('client/core', depth, TEST)],
    rules: restrict(coreRestrictions(depth, ['zod', 'ulid', 'vitest', 'fast-check'])),
  },
]);

const featureBlocks = depths.map((depth) => ({
  name: `boundaries/client-features/depth-${depth}`,
  files: [filesAt('client/features/*', depth, CODE)],
  rules: restrict(featureRestrictions(depth)),
}));

export default defineConfig([
  globalIgnores([
    'dist/',
    'dev-dist/',
    'node_modules/',
    'data/',
    'coverage/',
    'tests/.tmp/',
    'test-results/',
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    name: 'kinerja/globals-node',
    files: ['**/*.{js,mjs,cjs,ts}'],
    ignores: ['client/**'],
    languageOptions: { globals: globals.node },
  },
  {
    name: 'kinerja/globals-browser',
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    name: 'kinerja/react-hooks',
    files: ['client/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    name: 'kinerja/no-console',
    rules: { 'no-console': 'error' },
  },
  {
    // The server logs with pino; scripts and benchmarks print to the terminal on purpose.
    name: 'kinerja/console-allowed',
    files: ['scripts/**', 'tests/bench/**'],
    rules: { 'no-console': 'off' },
  },

  {
    name: 'boundaries/client',
    files: ['client/**/*.{ts,tsx}'],
    ignores: ['client/core/**', 'client/features/**'],
    rules: restrict([noSyncServer]),
  },
  ...coreBlocks,
  ...featureBlocks,
  {
    name: 'boundaries/sync-server',
    files: ['sync-server/**/*.ts'],
    rules: restrict([
      {
        // client/data, client/features, client/app, client/pwa, client/main.tsx: all but core.
        regex: '(^|/)client/(?!core/)',
        message: 'The sync server may import from client/ only client/core.',
      },
      {
        // first-start.ts loads the seed with a dynamic import(), which this rule does not see.
        regex: '(^|/)seed/',
        message:
          'The demo seed is loaded only when seeding (SEED=demo): import() it in first-start.ts.',
      },
    ]),
  },
]);
