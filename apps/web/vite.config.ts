import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    // Messages in `messages/{locale}.json`, compiled to `src/lib/paraglide` (see `src/lib/i18n.ts` for the strategy).
    paraglideVitePlugin({
      project: './project.inlang',
      outdir: './src/lib/paraglide',
      strategy: ['custom-page', 'cookie', 'preferredLanguage', 'baseLocale'],
      cookieName: 'PARAGLIDE_LOCALE',
    }),
    sveltekit(),
  ],
  // The contract ships TypeScript source, so it must be bundled rather than imported at runtime.
  ssr: { noExternal: ['@kc/contract'] },
});
