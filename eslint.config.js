// ESLint flat config. Besides the recommended rule sets it enforces the import boundaries of the
// README's "Folders" with `import-x/no-restricted-paths`, which judges the file an import resolves
// to, so one zone holds at every folder depth:
//   client/core          imports nothing outside client/core
//   client/features/<x>  never imports another feature
//   client/data          never imports client/ui, client/features or client/app
//   client/ui            never imports client/features or client/app
//   client/**            never imports sync-server
//   sync-server          imports from client/ only client/core, and the demo seed only dynamically
//   production code      never imports a `testing/` folder or tests/ (test support is for tests)
// Which packages client/core may use (zod and ulid; its tests also vitest and fast-check) is a
// question about the specifier, not the path: that stays with `no-restricted-imports`.
import fs from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ROOT = import.meta.dirname;
/** An absolute glob: `except` entries are matched against the resolved path as they are. */
const abs = (glob) => path.join(ROOT, glob);

/** Tests and their support: `*.test.*` files, `testing/` folders and everything under tests/. */
const TEST_FILES = ['**/*.test.{ts,tsx}', '**/testing/**', 'tests/**'];

const features = fs
  .readdirSync(path.join(ROOT, 'client/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** The layer zones every file obeys, tests included. Paths are relative to the repository. */
const layerZones = [
  {
    target: 'client/core/**',
    from: '**',
    except: [abs('client/core/**'), abs('node_modules/**')],
    message: 'client/core imports nothing outside client/core.',
  },
  ...features.map((feature) => ({
    target: `client/features/${feature}/**`,
    from: 'client/features/**',
    except: [abs(`client/features/${feature}/**`)],
    message:
      'A feature must not import another feature; move shared code to core, data, ui or app.',
  })),
  {
    target: 'client/data/**',
    from: ['client/ui/**', 'client/features/**', 'client/app/**'],
    message: 'client/data sits below the screens: it must not import client/ui, features or app.',
  },
  {
    target: 'client/ui/**',
    from: ['client/features/**', 'client/app/**'],
    message: 'The UI kit must not import features or the app; they import it.',
  },
  {
    target: 'client/**',
    from: 'sync-server/**',
    message: 'The client must not import the sync server; share code through client/core.',
  },
  {
    target: 'sync-server/**',
    from: 'client/**',
    except: [abs('client/core/**')],
    message: 'The sync server may import from client/ only client/core.',
  },
];

const noTestSupport = {
  target: '**',
  from: ['**/testing/**', 'tests/**'],
  message: 'Production code must not import test support (a testing/ folder or tests/).',
};

const restrictPaths = (zones) => ({
  'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones }],
});

/** Any bare specifier (package, Node builtin, node:*) other than the allowed ones. */
const onlyPackages = (allowed) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          regex: `^(?!(${allowed.join('|')})(/|$))[^./]`,
          message: `client/core is pure: the only packages it may import are ${allowed.join(', ')} (no React, DOM, Dexie, PouchDB, Express, Zustand or Node).`,
        },
      ],
    },
  ],
});

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
    name: 'boundaries/resolver',
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] }),
      ],
    },
  },
  {
    // In flat config a later block replaces a rule's options: production and test files each get
    // exactly one list of zones.
    name: 'boundaries/production',
    files: ['**/*.{js,mjs,cjs,ts,tsx}'],
    ignores: TEST_FILES,
    rules: restrictPaths([...layerZones, noTestSupport]),
  },
  {
    name: 'boundaries/tests',
    files: TEST_FILES,
    rules: restrictPaths(layerZones),
  },
  {
    name: 'boundaries/client-core-packages',
    files: ['client/core/**/*.{ts,tsx}'],
    ignores: ['client/core/**/*.test.{ts,tsx}'],
    rules: onlyPackages(['zod', 'ulid']),
  },
  {
    name: 'boundaries/client-core-test-packages',
    files: ['client/core/**/*.test.{ts,tsx}'],
    rules: onlyPackages(['zod', 'ulid', 'vitest', 'fast-check']),
  },
  {
    // first-start.ts loads the seed with import() only when SEED=demo; a static import would load
    // it on every start. A specifier rule, so that the dynamic import() stays allowed.
    name: 'boundaries/seed-only-when-seeding',
    files: ['sync-server/**/*.ts'],
    ignores: ['sync-server/seed/**', ...TEST_FILES],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)seed/',
              message:
                'The demo seed is loaded only when seeding (SEED=demo): import() it in first-start.ts.',
            },
          ],
        },
      ],
    },
  },
]);
