import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Next's recommended rules (React, hooks, accessibility basics, Core Web Vitals) plus its TypeScript set.
// Deliberately not stricter than that: the type checker already runs in strict mode.
/** What the pure modules may not import (see the rule below): exact names here, sub-paths in the patterns. */
const PURE_CORE_MESSAGE = 'The pure core (lib/engine, lib/pricing, lib/grading, lib/quiz) imports nothing from React, Next, Prisma or Node: it runs in browsers and workers too.';
export const PURE_CORE_FORBIDDEN_PATHS = [
  'react',
  'react-dom',
  'next',
  'server-only',
  'client-only',
  ...['fs', 'fs/promises', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'url', 'util', 'stream', 'http', 'https', 'net', 'vm', 'v8', 'module', 'process', 'events'],
].map((name) => ({ name, message: PURE_CORE_MESSAGE }));
export const PURE_CORE_FORBIDDEN = [
  { group: ['react/*', 'react-dom/*', 'next/*', '@next/*', '@prisma/*', 'node:*'], message: PURE_CORE_MESSAGE },
  {
    group: ['@/app/*', '@/components/*', '@/lib/db', '@/lib/db/*', '**/app/*', '**/components/*', '**/lib/db', '**/lib/db/*'],
    message: 'Arrows point app -> components -> lib: the pure core never imports the app, its components or the database.',
  },
];

/** Inner files of the engine that the app and components may not reach into. */
export const ENGINE_ENTRY_POINTS_ONLY = [
  {
    group: [
      '@/lib/engine/*',
      '**/lib/engine/*',
      ...['types', 'parse', 'services', 'budget', 'fault-lines', 'asl', 'redrive'].flatMap((entry) => [`!@/lib/engine/${entry}`, `!**/lib/engine/${entry}`]),
    ],
    message: "Use the engine's public entry points: lib/engine, lib/engine/types, lib/engine/parse, lib/engine/services, lib/engine/budget, lib/engine/fault-lines, lib/engine/asl or lib/engine/redrive.",
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // The React Compiler advisories are style guidance for code the compiler would optimise; they stay
      // visible as warnings without failing `npm test`. rules-of-hooks and exhaustive-deps keep their
      // defaults because breaking them is a real bug.
      'react-hooks/refs': 'warn',
      'react-hooks/set-state-in-effect': 'warn',
      'react-hooks/set-state-in-render': 'warn',
      'react-hooks/purity': 'warn',
      'react-hooks/immutability': 'warn',
      'react-hooks/static-components': 'warn',
      'react-hooks/use-memo': 'warn',
      'react-hooks/preserve-manual-memoization': 'warn',
      'react-hooks/incompatible-library': 'warn',
      'react-hooks/globals': 'warn',
      'react-hooks/unsupported-syntax': 'warn',
      'react/no-unescaped-entities': 'warn',
      // `any` is sometimes the honest type at a boundary (vendored code, JSON walkers); tsc stays strict.
      '@typescript-eslint/no-explicit-any': 'warn',
      // `_name` marks a value that is intentionally unused (destructuring it away, unused parameters).
      '@typescript-eslint/no-unused-vars': [
        'warn',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The pure core (issue 18): the engine, pricing, grading and quizzes run in the browser, in workers and in
    // the CLI alike, so they import nothing from the app, React, Next, Prisma or Node. Tests may read files.
    files: ['lib/engine/**', 'lib/pricing/**', 'lib/grading/**', 'lib/quiz/**'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: PURE_CORE_FORBIDDEN_PATHS, patterns: PURE_CORE_FORBIDDEN }] },
  },
  {
    // The app and its components use the engine's public entry points only (lib/engine, its types and the
    // parser with source positions in lib/engine/parse, the simulated AWS in lib/engine/services), so the engine's inner files can move without touching them.
    files: ['app/**', 'components/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ENGINE_ENTRY_POINTS_ONLY }] },
  },
  {
    // Playwright fixtures receive a callback conventionally named `use`; it is not React's hook.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  globalIgnores([
    '.next/**',
    'out/**',
    'build/**',
    'coverage/**',
    'data/**',
    'test-results/**',
    'playwright-report/**',
    'lib/generated/**',
    '**/vendor/**', // third-party code copied in as is
    'next-env.d.ts',
  ]),
]);
