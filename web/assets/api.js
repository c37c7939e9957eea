// api.js calls the service's HTTP/JSON API (the gateway beside the page on
// -http-addr). Messages are protojson: lowerCamelCase names, enums as their
// names, timestamps as RFC 3339, default values possibly left out.

/** paths are the API's HTTP routes, relative to the page. */
export const paths = {
  checkClaim: 'v1/claims:check',
  checkClaims: 'v1/claims:checkStream',
  listDocuments: 'v1/documents',
  // An id may hold slashes ({id=**}): each segment is escaped on its own.
  document: (id) => `v1/documents/${id.split('/').map(encodeURIComponent).join('/')}`,
  listClaims: 'v1/claims',
  listInconsistencies: 'v1/inconsistencies',
  createDocument: 'v1/documents',
  openapi: 'openapi.json',
};

/** timeoutMs bounds every call: a server that never answers is said so. */
export const timeoutMs = 30000;

/** bounded adds the page's time limit to signal (which may be undefined). */
function bounded(signal) {
  const limit = AbortSignal.timeout(timeoutMs);
  return signal ? AbortSignal.any([signal, limit]) : limit;
}

/** unreachable turns a failed fetch into what the editor should read. */
function unreachable(err) {
  if (err.name === 'TimeoutError') return new ApiError(`The server did not answer within ${timeoutMs / 1000} s.`);
  return new ApiError('The server could not be reached. Is the daemon running with -http-addr?');
}

/** ApiError is a failed call: the HTTP status, the gRPC status and the bad fields. */
export class ApiError extends Error {
  constructor(message, { httpStatus = 0, code = 0, violations = [] } = {}) {
    super(message);
    this.name = 'ApiError';
    this.httpStatus = httpStatus;
    this.code = code;
    this.violations = violations;
  }
}

/**
 * describeStatus turns a google.rpc.Status (as JSON) into one sentence:
 * its message and, for a bad request, each field and what is wrong with it.
 */
export function describeStatus(st) {
  const violations = [];
  for (const d of (st && st.details) || []) {
    for (const v of d.fieldViolations || []) violations.push(v);
  }
  let message = (st && st.message) || 'The server gave no reason.';
  if (violations.length > 0) {
    message = violations.map((v) => (v.field ? `${v.field}: ${v.description}` : v.description)).join('; ');
  }
  return { message, violations, code: (st && st.code) || 0 };
}

async function failure(res) {
  let st = null;
  try {
    st = await res.json();
  } catch {
    // Not JSON: a proxy's page, an empty body.
  }
  const { message, violations, code } = describeStatus(st);
  const prefix = res.status >= 500 ? `The server failed (${res.status})` : `Refused (${res.status})`;
  return new ApiError(`${prefix}: ${message}`, { httpStatus: res.status, code, violations });
}

async function send(method, path, { body, query, token, signal } = {}) {
  let url = path;
  if (query) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
    const s = q.toString();
    if (s) url += `?${s}`;
  }
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  let res;
  try {
    res = await fetch(url, {
      method,
      headers,
      // A string is already the wire body (checkMany's lines of JSON).
      body: body === undefined || typeof body === 'string' ? body : JSON.stringify(body),
      signal: bounded(signal),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    throw unreachable(err);
  }
  return res;
}

async function call(method, path, opts) {
  const res = await send(method, path, opts);
  if (!res.ok) throw await failure(res);
  try {
    return await res.json();
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    if (err.name === 'TimeoutError') throw unreachable(err);
    throw new ApiError(`The server answered ${res.status} with something that is not JSON.`, { httpStatus: res.status });
  }
}

/** getJSON fetches a JSON document (the OpenAPI description). */
export function getJSON(path, signal) {
  return call('GET', path, { signal });
}

/** listAll pages through a listing (AIP-158) and returns every item of field. */
export async function listAll(path, field, query = {}, signal) {
  const items = [];
  let pageToken = '';
  for (let page = 0; page < 1000; page++) {
    const res = await call('GET', path, { query: { ...query, pageSize: 500, pageToken }, signal });
    items.push(...(res[field] || []));
    pageToken = res.nextPageToken || '';
    if (!pageToken) break;
  }
  return items;
}

/** listDocuments returns every stored document, without text. */
export function listDocuments(signal) {
  return listAll(paths.listDocuments, 'documents', {}, signal);
}

/** getDocument returns one document with its text. */
export async function getDocument(id, signal) {
  const res = await call('GET', paths.document(id), { signal });
  return res.document;
}

/** listClaims returns every claim drawn from a document. */
export function listClaims(documentId, signal) {
  return listAll(paths.listClaims, 'claims', { documentId }, signal);
}

/**
 * listInconsistencies returns the audit findings on a document, each with
 * its ClaimReview when claimReview is set.
 */
export function listInconsistencies(documentId, signal, claimReview = false) {
  return listAll(paths.listInconsistencies, 'inconsistencies', claimReview ? { documentId, claimReview: 'true' } : { documentId }, signal);
}

/** createDocument sends CreateDocument with a bearer token. */
export function createDocument(request, token, signal) {
  return call('POST', paths.createDocument, { body: request, token, signal });
}

/**
 * checkMany checks statements in ONE streamed request (CheckClaims over
 * the gateway: the request body carries one CheckClaimsRequest per item,
 * the response one answer per line as each is judged). items are
 * {id, statement}; asOf is an RFC 3339 timestamp or '', claimReview asks
 * for each answer as ClaimReview JSON-LD too. onAnswer(id,
 * result, error) is called once per item as its answer arrives, with the
 * CheckClaimResponse or an error message. It resolves when the stream ends
 * and rejects with an ApiError when the whole request fails.
 */
export async function checkMany(items, { asOf = '', claimReview = false }, onAnswer, signal) {
  const body = items
    .map(({ id, statement }) => {
      const check = { statement };
      if (asOf) check.asOf = asOf;
      if (claimReview) check.claimReview = true;
      return JSON.stringify({ id, check });
    })
    .join('\n');
  const res = await send('POST', paths.checkClaims, { body, signal });
  if (!res.ok) throw await failure(res);
  const answered = new Set();
  let streamError = null;
  const handle = (line) => {
    if (!line.trim()) return;
    let msg;
    try {
      msg = JSON.parse(line);
    } catch {
      streamError = new ApiError('The server sent an answer that is not JSON.');
      return;
    }
    if (msg.error) {
      streamError = new ApiError(`The check stopped: ${describeStatus(msg.error).message}`, { code: msg.error.code });
      return;
    }
    const r = msg.result || {};
    if (!r.id) return;
    answered.add(r.id);
    if (r.error) onAnswer(r.id, null, describeStatus(r.error).message);
    else onAnswer(r.id, r.result || {}, null);
  };
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buf = '';
  for (;;) {
    let chunk;
    try {
      chunk = await reader.read();
    } catch (err) {
      if (err.name === 'AbortError') throw err;
      throw unreachable(err);
    }
    const { value, done } = chunk;
    if (done) break;
    buf += decoder.decode(value, { stream: true });
    let nl;
    while ((nl = buf.indexOf('\n')) >= 0) {
      handle(buf.slice(0, nl));
      buf = buf.slice(nl + 1);
    }
  }
  handle(buf + decoder.decode());
  if (streamError) throw streamError;
  const missing = items.filter((it) => !answered.has(it.id));
  for (const it of missing) onAnswer(it.id, null, 'The server sent no answer for this sentence.');
}
