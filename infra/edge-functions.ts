/**
 * Sources of the CloudFront Functions (runtime cloudfront-js-2.0), kept as strings so tests run the
 * exact code that is deployed.
 *
 * Site pages: Astro builds every page as `<path>/index.html` (trailingSlash: 'always') and S3 behind
 * origin access control has no index documents or 404 page of its own, so on the site behaviour
 * - viewer request: `/roles/` is served from `/roles/index.html`; `/roles` is redirected to `/roles/`
 *   (query string kept) when that page exists; any path that is not a built file or page is served
 *   from `/404.html`. Only slug paths are redirected, so `//host` can never become an open redirect.
 * - viewer response: a page served for a path that is not a built page (or `/404.html` itself) is
 *   answered with status 404.
 * The built files are listed into the code at synth; `/api/*` is never rewritten (it has its own
 * behaviour, and the page functions pass it through untouched should they ever see it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_LOCALE, LOCALES, localePath, notFoundPage } from '../site/i18n/locale.ts';

/** The page served, with status 404, for a path the site does not have. */
export const NOT_FOUND_PAGE = notFoundPage(DEFAULT_LOCALE);
/**
 * The path prefixes of the languages other than English (`/es`), each with its own 404 page. Every
 * English page has its translation at the same path after the prefix (a build test holds it), so
 * the functions list English files only and look a prefixed page up by its English path: the
 * function stays the size of one language.
 */
export const LOCALE_NOT_FOUND_PAGES: Readonly<Record<string, string>> = Object.fromEntries(
  LOCALES.filter((l) => l !== DEFAULT_LOCALE).map((l) => [localePath(l, ''), notFoundPage(l)]),
);
/** CloudFront's limit on a function's code, in bytes. */
export const FUNCTION_CODE_LIMIT = 10 * 1024;

/** Every file of the built site as a URL path (`/roles/index.html`, `/favicon.svg`), sorted. */
export function siteFiles(siteDir: string): string[] {
  return fs
    .readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => '/' + path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The part both page functions share: the built files and how a path is known. */
function prelude(files: readonly string[]): string {
  return `
var FILES = {};
${JSON.stringify(files.filter((f) => !isTranslatedPage(f)))}.forEach(function (f) { FILES[f] = true; });
var NOT_FOUND = ${JSON.stringify(NOT_FOUND_PAGE)};
var LOCALE_NOT_FOUND = ${JSON.stringify(LOCALE_NOT_FOUND_PAGES)};
var SLUG_PATH = new RegExp('^(/[A-Za-z0-9_-]+)+$');

function localePrefixOf(uri) {
  return Object.keys(LOCALE_NOT_FOUND).filter(function (p) { return uri === p || uri.indexOf(p + '/') === 0; })[0] || '';
}

function own(uri) {
  return Object.prototype.hasOwnProperty.call(FILES, uri);
}

// A translated page exists where its English page does; other translated files are listed.
function has(uri) {
  if (own(uri)) return true;
  var prefix = localePrefixOf(uri);
  var rest = uri.slice(prefix.length);
  return prefix !== '' && rest.endsWith('/index.html') && own(rest);
}

function notFoundPage(uri) {
  var prefix = localePrefixOf(uri);
  return prefix ? LOCALE_NOT_FOUND[prefix] : NOT_FOUND;
}

function isNotFoundPage(uri) {
  return uri === NOT_FOUND || Object.keys(LOCALE_NOT_FOUND).some(function (p) { return LOCALE_NOT_FOUND[p] === uri; });
}

function isApi(uri) {
  return uri === '/api' || uri.startsWith('/api/');
}
`;
}

/** Whether a built file is a translated page (`/es/…/index.html`): left out of the functions' list, found by its English page. Other translated files (share images) are listed as they are. */
const isTranslatedPage = (file: string) => file.endsWith('/index.html') && Object.keys(LOCALE_NOT_FOUND_PAGES).some((prefix) => file.startsWith(`${prefix}/`));

/** Checks that generated code fits CloudFront's limit, naming what to do when it does not. */
function withinLimit(name: string, code: string): string {
  const bytes = Buffer.byteLength(code);
  if (bytes > FUNCTION_CODE_LIMIT) {
    throw new Error(
      `The ${name} CloudFront Function is ${bytes} bytes, over CloudFront's ${FUNCTION_CODE_LIMIT}: the built site lists too many files. ` +
        'List page folders instead of files, or move the list to a CloudFront KeyValueStore.',
    );
  }
  return code;
}

/** Viewer request on the site behaviour: index documents, slug redirects, unknown paths to the 404 page. */
export function pageRequestFunction(files: readonly string[]): string {
  return withinLimit(
    'page viewer-request',
    `${prelude(files)}
function queryString(querystring) {
  var parts = [];
  Object.keys(querystring).forEach(function (name) {
    var entry = querystring[name];
    var values = entry.multiValue ? entry.multiValue : [entry];
    values.forEach(function (v) {
      parts.push(v.value === '' ? name : name + '=' + v.value);
    });
  });
  return parts.length ? '?' + parts.join('&') : '';
}

function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (isApi(uri)) return request;
  if (uri.endsWith('/')) {
    request.uri = has(uri + 'index.html') ? uri + 'index.html' : notFoundPage(uri);
    return request;
  }
  if (has(uri)) return request;
  if (SLUG_PATH.test(uri) && has(uri + '/index.html')) {
    return {
      statusCode: 301,
      statusDescription: 'Moved Permanently',
      headers: { location: { value: uri + '/' + queryString(request.querystring || {}) } },
    };
  }
  request.uri = notFoundPage(uri);
  return request;
}
`,
  );
}

/**
 * Viewer response on the site behaviour: status 404 for the 404 page. Whether CloudFront hands this
 * event the viewer's path or the rewritten one, the answer is the same: the path is `/404.html` or
 * not a built file or page. Only a 200 is changed; a 304 keeps the browser's stored 404.
 */
export function pageResponseFunction(files: readonly string[]): string {
  return withinLimit(
    'page viewer-response',
    `${prelude(files)}
function known(uri) {
  return has(uri) || (uri.endsWith('/') && has(uri + 'index.html'));
}

function handler(event) {
  var response = event.response;
  var uri = event.request.uri;
  if (response.statusCode === 200 && !isApi(uri) && (isNotFoundPage(uri) || !known(uri))) {
    response.statusCode = 404;
    response.statusDescription = 'Not Found';
  }
  return response;
}
`,
  );
}

/**
 * Viewer request on /api/*: tells the API the site's origin as `X-Site-Origin`, from the distribution's
 * own domain name in the event (never from a header a client sent), and drops the headers only
 * CloudFront may set. The site origin cannot be an origin custom header: it would make the
 * distribution refer to its own domain name, a circular reference CloudFormation refuses.
 */
export const API_VIEWER_REQUEST_FUNCTION = `
function handler(event) {
  var request = event.request;
  // CloudFront's origin custom header replaces a viewer's X-Origin-Verify too; dropping it here is belt and braces.
  delete request.headers['x-origin-verify'];
  delete request.headers['x-forwarded-host'];
  request.headers['x-site-origin'] = { value: 'https://' + event.context.distributionDomainName };
  return request;
}
`;
