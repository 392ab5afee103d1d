/** The program comparison's API shapes (types from the contract) and a small fetch hook that aborts stale requests and keeps answers (reference data is immutable). */
import { useEffect, useReducer, useRef } from 'react';
import type { PaybackView, ProgramCompareItem, ProgramCompareResponse } from '../../../functions/contract/programs.ts';
import { requestJson, type Failure, type HttpWords } from '../shared/http.ts';
import { useCoursesWords } from './words.ts';

export type { PaybackView };
/** A source as the comparison cites it. */
export type SourceRef = ProgramCompareResponse['sources'][number];
/** One program compared: from the catalog (program) or typed in by the reader (own). */
export type CompareItem = ProgramCompareItem;
/** /api/programs/compare */
export type CompareAnswer = ProgramCompareResponse;
export type { Failure } from '../shared/http.ts';
export type Loaded<T> = { state: 'loading' } | { state: 'ok'; data: T } | { state: 'error'; failure: Failure };

const getJson = async <T>(url: string, words: HttpWords, signal: AbortSignal): Promise<T> => (await requestJson<T>(url, words, { signal })).data;

/** GET the url (null: nothing to load); a new url aborts the request in flight. Answers are kept, so Back shows them at once; a failure is worded in the page's language. */
export function useJson<T>(url: string | null): { loaded: Loaded<T> | undefined; retry: () => void } {
  const done = useRef(new Map<string, T>());
  const failed = useRef(new Map<string, Failure>());
  const [attempt, rerender] = useReducer((n: number) => n + 1, 0);
  const http = useCoursesWords().common.http;
  useEffect(() => {
    if (url === null || done.current.has(url) || failed.current.has(url)) return;
    const controller = new AbortController();
    getJson<T>(url, http, controller.signal)
      .then(
        (data) => done.current.set(url, data),
        (e: unknown) => {
          if (!controller.signal.aborted) failed.current.set(url, e as Failure);
        },
      )
      .finally(() => {
        if (!controller.signal.aborted) rerender();
      });
    return () => controller.abort();
  }, [url, attempt, http]);

  let loaded: Loaded<T> | undefined;
  if (url !== null) {
    const data = done.current.get(url);
    const failure = failed.current.get(url);
    loaded = data !== undefined ? { state: 'ok', data } : failure ? { state: 'error', failure } : { state: 'loading' };
  }
  return {
    loaded,
    retry: () => {
      if (url !== null) failed.current.delete(url);
      rerender();
    },
  };
}

