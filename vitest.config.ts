import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'app/**/*.test.{ts,tsx}'],
    exclude: ['node_modules', 'e2e', '.next', 'data'],
    environment: 'node',
    testTimeout: 20000,
  },
});
