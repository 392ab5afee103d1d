// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import externalScripts from './site/integrations/external-scripts.ts';
import interactionDirective from './site/integrations/interaction-directive.ts';

/** Static site: pages are HTML built from data/, React islands only for the tools. */
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist/site',
  trailingSlash: 'always',
  integrations: [react(), interactionDirective(), externalScripts()],
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // `npm run dev` serves pages through the local API server; live reload connects to Astro directly.
  vite: { server: { hmr: process.env.ASTRO_HMR_PORT ? { clientPort: Number(process.env.ASTRO_HMR_PORT) } : undefined } },
});
