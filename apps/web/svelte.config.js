import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * KC_WEB_OUT_DIR builds somewhere else than `build/` and `.svelte-kit/`: the browser tests build
 * their run's copy there, leaving the default build (and a server running from it) alone.
 */
const separateOut = process.env.KC_WEB_OUT_DIR;

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    adapter: adapter(separateOut ? { out: `${separateOut}/build` } : {}),
    ...(separateOut ? { outDir: `${separateOut}/kit` } : {}),
    csp: {
      mode: 'auto',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
        'frame-ancestors': ['none'],
      },
    },
  },
};

export default config;
