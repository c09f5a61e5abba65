import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
const root = process.env.TREE ?? fileURLToPath(new URL('..', import.meta.url));
export default defineConfig({
  root,
  resolve: { alias: { '@': root } },
  test: { include: [fileURLToPath(new URL('./hops.test.ts', import.meta.url))], environment: 'node' },
});
