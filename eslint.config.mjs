import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Next's recommended rules (React, hooks, accessibility basics, Core Web Vitals) plus its TypeScript set.
// Deliberately not stricter than that: the type checker already runs in strict mode.
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
