/**
 * A bounded in-memory store of serialized answers for one dataset version (routes/reference-cache.ts
 * fills it): least recently used first out, by count and by bytes; a new version empties it.
 */
/** Bytes as kept and sent. */
export type Bytes = Uint8Array<ArrayBuffer>;

/** Content codings an answer may also be kept in, in order of preference. */
export const CODINGS = ['br', 'gzip'] as const;
export type Coding = (typeof CODINGS)[number];

/** Compresses a body once into the codings it supports. */
export type Compressor = (body: Bytes) => Partial<Record<Coding, Bytes>>;

/** One answer as it is sent. */
export interface CachedAnswer {
  readonly body: Bytes;
  /** The same body compressed, when the cache was given a compressor and it paid off. */
  readonly encoded: Partial<Record<Coding, Bytes>>;
  readonly contentType: string;
  readonly etag: string;
}

export interface AnswerCacheLimits {
  /** Distinct answers kept at most. */
  maxEntries?: number;
  /** Bytes kept at most (bodies and their compressed copies); a larger single answer is served but not kept. */
  maxBytes?: number;
  /** Keep each answer compressed too (the local server); unset on Lambda, where CloudFront compresses. */
  compress?: Compressor;
}

/** The answers of one dataset version, least recently used first out. */
export interface AnswerCache {
  /** The answer to `query` under `version`, or undefined; a new version empties the cache. */
  get(version: string, query: string): CachedAnswer | undefined;
  /** Keep an answer, dropping the least recently used ones beyond the limits. */
  set(version: string, query: string, answer: CachedAnswer): void;
  /** How many answers and bytes are kept now. */
  readonly size: { entries: number; bytes: number };
  /** The compressor answers are kept with, if any. */
  readonly compress: Compressor | undefined;
}

const sizeOf = (answer: CachedAnswer) => answer.body.byteLength + Object.values(answer.encoded).reduce((n, b) => n + b.byteLength, 0);

/** A bounded answer cache: 500 answers and 16 MiB by default (the whole /api/programs list is about 65 KB). */
export function createAnswerCache({ maxEntries = 500, maxBytes = 16 * 1024 * 1024, compress }: AnswerCacheLimits = {}): AnswerCache {
  // A Map iterates in insertion order: re-inserting on each hit keeps the least recently used first.
  const entries = new Map<string, CachedAnswer>();
  let bytes = 0;
  let cachedVersion: string | undefined;
  const useVersion = (version: string) => {
    if (version === cachedVersion) return;
    entries.clear();
    bytes = 0;
    cachedVersion = version;
  };
  return {
    get(version, query) {
      useVersion(version);
      const hit = entries.get(query);
      if (hit) {
        entries.delete(query);
        entries.set(query, hit);
      }
      return hit;
    },
    set(version, query, answer) {
      useVersion(version);
      if (sizeOf(answer) > maxBytes) return;
      const old = entries.get(query);
      if (old) {
        entries.delete(query);
        bytes -= sizeOf(old);
      }
      entries.set(query, answer);
      bytes += sizeOf(answer);
      for (const [key, oldest] of entries) {
        if (entries.size <= maxEntries && bytes <= maxBytes) break;
        entries.delete(key);
        bytes -= sizeOf(oldest);
      }
    },
    get size() {
      return { entries: entries.size, bytes };
    },
    compress,
  };
}
