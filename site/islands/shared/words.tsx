/**
 * How a React island gets its words: a context given by the island's per-locale entry (e.g.
 * salaries/SalaryExplorerEs.tsx), which imports that locale's catalog groups directly. Astro renders an
 * island on the server once per page, so words read inside render follow the page's locale, and each
 * entry bundles one language only. Components call the hook; helpers outside components take words as
 * parameters.
 */
import { createContext, useContext, type ComponentType, type Provider, type ReactElement } from 'react';

/**
 * A word group that loads with a lazy part of an island (its own chunk per locale): loaded on the first
 * call, the same promise on every call after, so the part can read it with React's `use()` inside Suspense.
 */
export function lazyWords<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => (loading ??= load());
}

/** A words context: the provider an entry renders and the hook components call inside render. */
export function wordsContext<T>(island: string): [Provider<T | null>, () => T] {
  const Context = createContext<T | null>(null);
  const useWords = () => {
    const words = useContext(Context);
    if (!words) throw new Error(`${island} has no words: render it through its locale's entry`);
    return words;
  };
  return [Context.Provider, useWords];
}

/** An island's entry for one locale: its component with that locale's words given to it. */
export function withWords<T, P extends object>(WordsProvider: Provider<T | null>, words: T, Island: ComponentType<P>): (props: P) => ReactElement {
  return (props) => (
    <WordsProvider value={words}>
      <Island {...props} />
    </WordsProvider>
  );
}
