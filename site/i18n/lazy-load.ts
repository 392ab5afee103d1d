/**
 * Loading a locale's module that a Lambda bundle does not carry (site/i18n/plan-words-files.ts names
 * them). esbuild would inline `import('./es/plan-api.ts')` (a literal path), so the path is computed at
 * run time, which esbuild leaves alone: bundled (import.meta.url is the bundle's index.mjs), it is the
 * file built beside the bundle; unbundled (the local server on Node's type stripping, vitest:
 * import.meta.url is this .ts file), the source. A module is loaded on first use and kept; a failed
 * load is tried again on the next use.
 */

/** Where one locale's module is: its source, and the file built beside a bundle. */
interface LazyModule {
  readonly source: string;
  readonly file: string;
}

/** A loader of the modules `files` names, by locale. */
export function lazyModules<L extends string, M>(files: Readonly<Record<L, LazyModule>>): (locale: L) => Promise<M> {
  const loaded = new Map<L, Promise<M>>();
  return (locale) => {
    let module = loaded.get(locale);
    if (!module) {
      const { source, file } = files[locale];
      const bundled = !import.meta.url.endsWith('.ts');
      module = import(new URL(bundled ? `./${file}` : `../../${source}`, import.meta.url).href) as Promise<M>;
      loaded.set(locale, module);
      module.catch(() => loaded.delete(locale));
    }
    return module;
  };
}
