/**
 * The one Hono class every app and route group is built from: the `hono/tiny` preset (PatternRouter).
 * A Lambda builds its routes once per cold start and each group has a handful of them, where one
 * regular expression per route is quick to build and to match; the `hono/quick` preset's SmartRouter
 * (LinearRouter and TrieRouter) cost about 3.9 KB of every bundle, and the default preset's RegExpRouter
 * more. Same class and API as 'hono'.
 */
export { Hono } from 'hono/tiny';
