import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/{unit,db,services,documents,cli,web}/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    // The JSON file feeds the one totals line .ci/run prints for both suites.
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
  },
});
