/**
 * The one Hono class every app and route group is built from: the `hono/quick` preset (LinearRouter,
 * TrieRouter). A Lambda builds its routes once per cold start, where LinearRouter registers fastest,
 * and the default preset's RegExpRouter would add about 2 KB to every bundle. Same class and API as 'hono'.
 */
export { Hono } from 'hono/quick';
