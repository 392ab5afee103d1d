/**
 * Light Headers, Request and Response for a Lambda's cold start. The first use of Node's global
 * Headers, Request or Response loads its internal undici (about 25 ms of the first answer). These
 * classes cover what the app and the adapter use on the common path (plain header records, string
 * and byte bodies, statuses 200–599) and build the real object, from `globalThis`, for anything else:
 * an argument they do not cover returns the real object from `new`, and a member they do not cover
 * (a body stream, blob(), formData(), signal…) is read from a real copy made on first use.
 * installLightFetch() declares them as global `let` bindings, which every script and module of the
 * realm resolves before the global object's own lazy properties, so `globalThis.Response` stays
 * Node's and is reached only when needed.
 */
import { Readable } from 'node:stream';
import { runInThisContext } from 'node:vm';

type Init = Record<string, unknown>;
type Real = Record<string | symbol, (...a: unknown[]) => unknown>;

const TOKEN = /^[!#$%&'*+\-.^_`|~\w]+$/;
// Already normalized (no white space at either end) and a ByteString without NUL, CR or LF.
const VALUE = /^(?:[^\0\t\n\r \u0100-\uffff](?:[^\0\n\r\u0100-\uffff]*[^\0\t\n\r \u0100-\uffff])?)?$/;
const BODYLESS = [204, 205, 304];
const disturbed = (stream: ReadableStream) => Readable.isDisturbed(stream as unknown as Readable);
const fetchClass = (name: 'Headers' | 'Request' | 'Response') => globalThis[name] as unknown as new (...a: unknown[]) => Real;
const isPlain = (x: unknown): x is Init => typeof x === 'object' && x !== null && [Object.prototype, null].includes(Object.getPrototypeOf(x) as object | null) && Object.getOwnPropertySymbols(x).length === 0;
const isBytes = (x: unknown): x is Uint8Array => x instanceof Uint8Array && x.buffer instanceof ArrayBuffer;
// An object of the real class (loading undici only for an object that is not a light one).
const isReal = (x: unknown, name: 'Headers' | 'Request' | 'Response') => typeof x === 'object' && x !== null && x instanceof fetchClass(name);
/** A body's bytes, in a buffer of their own. */
const toBytes = (b: Uint8Array | string) => new Uint8Array(typeof b === 'string' ? new TextEncoder().encode(b) : b);
/** A body as text, as undici decodes it: a leading BOM dropped, and the decoder's own BOM handling after it. */
function toText(b: Uint8Array | string): string {
  if (typeof b === 'string' && b.isWellFormed() && b[0] !== '\ufeff') return b;
  const bytes = toBytes(b);
  return new TextDecoder().decode(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes);
}
/** Every chunk of a stream, joined. */
async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** Headers kept as a map of lower-case names to combined values, Set-Cookie values apart. */
class LightHeaders {
  #map = new Map<string, string>();
  #cookies: string[] = [];
  #real?: Real;

  constructor(init?: unknown) {
    if (LightHeaders.isLight(init) && !init.#real) {
      this.#map = new Map(init.#map);
      this.#cookies = [...init.#cookies];
    } else if (init !== undefined) {
      const pairs = (isPlain(init) ? Object.entries(init) : Array.isArray(init) && init.every((p) => Array.isArray(p) && p.length === 2) ? init : undefined) as [string, string][] | undefined;
      if (!pairs?.every(([n, v]) => this.#fits(n, v))) return new (fetchClass('Headers'))(LightHeaders.isLight(init) ? init.#toReal() : init) as unknown as LightHeaders;
      for (const [n, v] of pairs) this.append(n, v);
    }
  }

  #fits(name: unknown, value?: unknown): name is string {
    return !this.#real && typeof name === 'string' && TOKEN.test(name) && (value === undefined || (typeof value === 'string' && VALUE.test(value)));
  }

  /** The real Headers with this one's entries, made on first need; from then on it holds them. */
  #toReal(): Real {
    if (!this.#real) {
      const real = new (fetchClass('Headers'))();
      for (const [n, v] of this.#pairs()) real.append!(n, v);
      this.#real = real;
    }
    return this.#real;
  }

  #pairs(): [string, string][] {
    return [...this.#map.keys()].sort().flatMap((n) => (n === 'set-cookie' ? this.#cookies.map((c): [string, string] => [n, c]) : [[n, this.#map.get(n)!]]));
  }

  get(name: string) {
    return this.#fits(name) ? (this.#map.get(name.toLowerCase()) ?? null) : (this.#toReal().get!(name) as string | null);
  }

  has(name: string) {
    return this.#fits(name) ? this.#map.has(name.toLowerCase()) : (this.#toReal().has!(name) as boolean);
  }

  set(name: string, value: string) {
    if (!this.#fits(name, value)) return void this.#toReal().set!(name, value);
    const n = name.toLowerCase();
    this.#map.set(n, value);
    if (n === 'set-cookie') this.#cookies = [value];
  }

  append(name: string, value: string) {
    if (!this.#fits(name, value)) return void this.#toReal().append!(name, value);
    const n = name.toLowerCase();
    const old = this.#map.get(n);
    this.#map.set(n, old === undefined ? value : `${old}, ${value}`);
    if (n === 'set-cookie') this.#cookies.push(value);
  }

  delete(name: string) {
    if (!this.#fits(name)) return void this.#toReal().delete!(name);
    const n = name.toLowerCase();
    this.#map.delete(n);
    if (n === 'set-cookie') this.#cookies = [];
  }

  getSetCookie() {
    return this.#real ? this.#real.getSetCookie!() : [...this.#cookies];
  }

  entries() {
    return this.#real ? this.#real.entries!() : this.#pairs()[Symbol.iterator]();
  }

  keys() {
    return this.#real ? this.#real.keys!() : this.#pairs().map(([n]) => n)[Symbol.iterator]();
  }

  values() {
    return this.#real ? this.#real.values!() : this.#pairs().map(([, v]) => v)[Symbol.iterator]();
  }

  forEach(callback: (value: string, name: string, headers: unknown) => void, thisArg?: unknown) {
    if (this.#real) return void this.#real.forEach!(callback, thisArg);
    for (const [n, v] of this.#pairs()) callback.call(thisArg, v, n, this);
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  get [Symbol.toStringTag]() {
    return 'Headers';
  }

  /** True for a light Headers (not for a real one). */
  static isLight(x: unknown): x is LightHeaders {
    return typeof x === 'object' && x !== null && #map in x;
  }

  static [Symbol.hasInstance](x: unknown) {
    return LightHeaders.isLight(x) || isReal(x, 'Headers');
  }
}

/** What a light Request and Response share: the body (bytes or a string), read once, or a real copy for the rest. */
abstract class LightBody {
  protected body_: Uint8Array | string | null;
  protected stream_?: ReadableStream<Uint8Array>;
  protected used_ = false;
  protected real_?: Real;
  readonly headers: LightHeaders;

  constructor(body: Uint8Array | string | null, headers: LightHeaders) {
    this.body_ = body;
    this.headers = headers;
  }

  protected abstract make(body: Uint8Array | string | ReadableStream | null): Real;

  /** The real object, made on first use with this one's body (the stream it handed out, or disturbed once read) and its headers as they are now. */
  protected real(): Real {
    if (!this.real_) {
      const stream = this.stream_;
      const spent = this.used_ || (stream && (stream.locked || disturbed(stream)));
      this.real_ = this.make(spent ? this.body_ : (stream ?? this.body_));
      if (spent) void (this.real_.body as unknown as ReadableStream).getReader().read();
    }
    const headers = this.real_.headers as unknown as Real;
    for (const name of [...(headers.keys!() as Iterable<string>)]) headers.delete!(name);
    for (const [n, v] of this.headers.entries() as Iterable<[string, string]>) headers.append!(n, v);
    return this.real_;
  }

  get bodyUsed() {
    return this.real_ ? (this.real_.bodyUsed as unknown as boolean) : this.stream_ ? disturbed(this.stream_) : this.used_;
  }

  /** The body as a byte stream, as undici makes one: the whole body in one chunk. */
  get body() {
    if (this.body_ === null || this.real_) return this.real_ ? this.real_.body : null;
    const bytes = toBytes(this.body_);
    return (this.stream_ ??= new ReadableStream({
      type: 'bytes',
      pull(c) {
        if (bytes.byteLength) c.enqueue(bytes);
        queueMicrotask(() => c.close());
      },
    }));
  }

  /** The body, or undefined where the real reader must answer (read already, or a real copy made). */
  #take(): Promise<Uint8Array | string> | undefined {
    const stream = this.stream_;
    if (this.real_ || this.used_ || (stream && (stream.locked || disturbed(stream)))) return undefined;
    if (stream) return readAll(stream);
    if (this.body_ !== null) this.used_ = true;
    return Promise.resolve(this.body_ ?? '');
  }

  text() {
    return this.#take()?.then(toText) ?? this.real().text!();
  }

  json() {
    return this.#take()?.then((b) => JSON.parse(toText(b)) as unknown) ?? this.real().json!();
  }

  arrayBuffer() {
    return this.#take()?.then((b) => toBytes(b).buffer) ?? this.real().arrayBuffer!();
  }

  bytes() {
    return this.#take()?.then(toBytes) ?? this.real().bytes!();
  }

  blob() {
    return this.real().blob!();
  }

  formData() {
    return this.real().formData!();
  }

  clone() {
    return this.real().clone!();
  }
}

/** A Response from a string, bytes or nothing, a status of 200–599 and headers as a record, pairs or light Headers. */
class LightResponse extends LightBody {
  declare readonly status: number;

  constructor(body?: unknown, init?: unknown) {
    const { status = 200, statusText, headers } = isPlain(init) ? init : {};
    const fits = (init === undefined || isPlain(init)) && statusText === undefined && Number.isInteger(status) && (status as number) >= 200 && (status as number) <= 599 && (body == null || typeof body === 'string' || isBytes(body)) && !(body != null && BODYLESS.includes(status as number));
    const light = fits ? new LightHeaders(headers) : undefined;
    if (!LightHeaders.isLight(light)) return new (fetchClass('Response'))(body, init) as unknown as LightResponse;
    if (typeof body === 'string' && !light.has('content-type')) light.set('content-type', 'text/plain;charset=UTF-8');
    super(body == null ? null : isBytes(body) ? new Uint8Array(body) : (body as string), light);
    this.status = status as number;
  }

  protected make(body: Uint8Array | string | ReadableStream | null) {
    return new (fetchClass('Response'))(body, { status: this.status });
  }

  get ok() {
    return this.status >= 200 && this.status <= 299;
  }

  get statusText() {
    return '';
  }

  get type() {
    return 'default';
  }

  get url() {
    return '';
  }

  get redirected() {
    return false;
  }

  get [Symbol.toStringTag]() {
    return 'Response';
  }

  static json(...a: unknown[]) {
    return (fetchClass('Response') as unknown as Real).json!(...a);
  }

  static error() {
    return (fetchClass('Response') as unknown as Real).error!();
  }

  static redirect(...a: unknown[]) {
    return (fetchClass('Response') as unknown as Real).redirect!(...a);
  }

  static [Symbol.hasInstance](x: unknown) {
    return x instanceof LightBody ? 'status' in x : isReal(x, 'Response');
  }
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
/** Request members the light one reads from its real copy. */
const REAL_MEMBERS = ['cache', 'credentials', 'destination', 'duplex', 'integrity', 'isHistoryNavigation', 'isReloadNavigation', 'keepalive', 'mode', 'redirect', 'referrer', 'referrerPolicy', 'signal'];

/** A Request to an absolute URL with a standard method, light headers or a record, and bytes or a string as its body. */
class LightRequest extends LightBody {
  declare readonly url: string;
  declare readonly method: string;

  constructor(input: unknown, init?: unknown) {
    const { method = 'GET', headers, body } = isPlain(init) ? init : {};
    const url = typeof input === 'string' && URL.canParse(input) ? new URL(input) : undefined;
    const fits = url && !url.username && !url.password && (init === undefined || (isPlain(init) && Object.keys(init).every((k) => ['method', 'headers', 'body'].includes(k)))) && METHODS.includes(method as string) && (body == null || ((typeof body === 'string' || isBytes(body)) && method !== 'GET' && method !== 'HEAD'));
    const light = fits ? new LightHeaders(headers) : undefined;
    if (!LightHeaders.isLight(light)) return new (fetchClass('Request'))(input instanceof LightBody ? (input as LightRequest).real() : input, init) as unknown as LightRequest;
    if (typeof body === 'string' && !light.has('content-type')) light.set('content-type', 'text/plain;charset=UTF-8');
    super(body == null ? null : isBytes(body) ? new Uint8Array(body) : (body as string), light);
    this.url = url!.href;
    this.method = method as string;
  }

  protected make(body: Uint8Array | string | ReadableStream | null) {
    return new (fetchClass('Request'))(this.url, { method: this.method, body, duplex: 'half' });
  }

  get [Symbol.toStringTag]() {
    return 'Request';
  }

  static {
    for (const name of REAL_MEMBERS) Object.defineProperty(this.prototype, name, { get(this: LightRequest) { return this.real()[name]; } });
  }

  static [Symbol.hasInstance](x: unknown) {
    return x instanceof LightBody ? !('status' in x) : isReal(x, 'Request');
  }
}

const INSTALLED = Symbol.for('light-fetch');

/** Makes `Headers`, `Request` and `Response` the light classes for every module of this realm; once per realm (a second bundle's call leaves the first's). */
export function installLightFetch() {
  const g = globalThis as { [INSTALLED]?: boolean };
  if (g[INSTALLED]) return;
  g[INSTALLED] = true;
  (runInThisContext('let Headers, Request, Response; (h, q, r) => { Headers = h; Request = q; Response = r; }') as (...c: unknown[]) => void)(LightHeaders, LightRequest, LightResponse);
}

export { LightHeaders, LightRequest, LightResponse };
