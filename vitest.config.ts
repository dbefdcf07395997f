import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    {
      // @actions/workflow-parser's source maps name sources it does not ship; without them Vite warns once per file.
      name: 'actions-without-source-maps',
      load(id) {
        if (/[\\/]node_modules[\\/]@actions[\\/].*\.js$/.test(id)) return { code: readFileSync(id, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/gm, ''), map: null };
        return null;
      },
    },
  ],
  test: {
    include: ['test/**/*.test.ts'],
    // One temporary directory for the whole run, removed at its end (test/global-setup.ts).
    globalSetup: ['test/global-setup.ts'],
    // A hang guard, not a speed budget: no test may depend on finishing within a time. At 30 s,
    // tests that spawn the CLI failed on a 2-core machine at load average 15-30 while behaving right
    // (npm run test:load); every test waits on events and states instead (docs/reliability.md).
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Stopping a worker that spawned many processes took over the default 10 s on a busy machine, which
    // vitest reports as an error ('Timeout terminating forks worker') though every test passed.
    teardownTimeout: 300_000,
    // End-to-end tests spawn many processes; two workers suit a 2-core machine.
    maxWorkers: 2,
    // @actions/workflow-parser imports its JSON schema without an import
    // attribute, which Node 20 refuses; inlined, Vite loads the JSON itself.
    server: { deps: { inline: ['@actions/workflow-parser', '@actions/expressions'] } },
  },
});
