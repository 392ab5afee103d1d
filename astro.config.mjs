// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

/** Static site: pages are HTML built from data/, React islands only for the tools. */
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist/site',
  trailingSlash: 'always',
  integrations: [react()],
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});
