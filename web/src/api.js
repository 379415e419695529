// The JSON API (docs/api.md). GET only; answers are cached for the page's life (the store a
// server serves is read-only), so going back to a view does not fetch again.
const cache = new Map();

export class ApiError extends Error {
  constructor(status, message, code) { super(message); this.status = status; this.code = code; }
}

export function api(path) {
  if (!cache.has(path)) {
    const p = fetch(path, { headers: { Accept: 'application/json' } }).then(async (res) => {
      let body = null;
      try { body = await res.json(); } catch (e) { body = null; }
      if (!res.ok) throw new ApiError(res.status, (body && body.error) || res.statusText, body && body.code);
      return body;
    });
    p.catch(() => cache.delete(path));
    cache.set(path, p);
  }
  return cache.get(path);
}

// Query string from an object, skipping empty values.
export function qs(params) {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, v);
  const s = u.toString();
  return s ? '?' + s : '';
}

// True when the server has no such endpoint (an older store or server): views then say what is
// missing instead of failing.
export function isMissingEndpoint(e) { return e instanceof ApiError && e.status === 404 && /no endpoint/.test(e.message); }
