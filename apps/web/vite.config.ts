import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  // The contract ships TypeScript source, so it must be bundled rather than imported at runtime.
  ssr: { noExternal: ['@kc/contract'] },
});
