import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const isBrowserTest = (file: TestSpecification) => file.moduleId.endsWith('.e2e.test.ts');

/**
 * Browser tests run last: each drives Chromium and a web server, and on two cores they time out
 * when the fuzz suites run beside them.
 */
class BrowserTestsLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter((f) => !isBrowserTest(f)), ...sorted.filter(isBrowserTest)];
  }
}

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/api/src/**/*.test.ts', 'apps/cli/src/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Test files run side by side on both cores; each has its own database.
    maxWorkers: 2,
    sequence: { sequencer: BrowserTestsLast },
    reporters: ['default'],
  },
});
