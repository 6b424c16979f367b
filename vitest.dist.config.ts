import { defineConfig } from 'vitest/config';

// Tests that read the built site in dist/: budgets, links, content invariants of the output.
export default defineConfig({
  test: { include: ['test/dist/**/*.test.ts'], environment: 'node' },
});
