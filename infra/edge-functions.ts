/**
 * Source of the CloudFront Function on the site's viewer requests (runtime cloudfront-js-2.0).
 * Astro builds every page as `<path>/index.html` (trailingSlash: 'always'), and S3 behind origin
 * access control has no index documents, so:
 * - `/roles/` is served from `/roles/index.html`;
 * - `/roles` (a plain slug path, no extension) is redirected to `/roles/`, keeping the query string
 *   (`/plan?id=…`); only slug paths are redirected, so `//host` can never become an open redirect.
 * Kept as a string so tests can run the exact code that is deployed.
 */
export const VIEWER_REQUEST_FUNCTION = `
var SLUG_PATH = new RegExp('^(/[A-Za-z0-9_-]+)+$');

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
  if (uri.endsWith('/')) {
    request.uri = uri + 'index.html';
    return request;
  }
  if (SLUG_PATH.test(uri)) {
    return {
      statusCode: 301,
      statusDescription: 'Moved Permanently',
      headers: { location: { value: uri + '/' + queryString(request.querystring || {}) } },
    };
  }
  return request;
}
`;

/**
 * Source of the CloudFront Function on /api/* viewer requests. The origin request policy passes
 * every viewer header but Host (API Gateway needs its own), so the site's host is handed on as
 * X-Forwarded-Host, overwriting anything a client sent: links the API writes (a plan's calendar
 * events) then point at the site.
 */
export const API_VIEWER_REQUEST_FUNCTION = `
function handler(event) {
  var request = event.request;
  request.headers['x-forwarded-host'] = { value: request.headers.host.value };
  return request;
}
`;
