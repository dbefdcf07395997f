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
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // End-to-end tests spawn many processes; two workers suit a 2-core machine.
    maxWorkers: 2,
    // @actions/workflow-parser imports its JSON schema without an import
    // attribute, which Node 20 refuses; inlined, Vite loads the JSON itself.
    server: { deps: { inline: ['@actions/workflow-parser', '@actions/expressions'] } },
  },
});
