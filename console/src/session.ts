/**
 * Where the console gets its bearer token. The platform has no password store: in production the deployment's
 * identity provider (an auth proxy in front of the gateway, e.g. oauth2-proxy or the government SSO gateway)
 * hands the signed JWT to the page in one of these ways, checked in this order:
 *   1. `window.__CEJ_TOKEN__` — a script the proxy injects into index.html;
 *   2. the URL fragment `#access_token=<jwt>` after the provider's redirect (moved to sessionStorage, then removed
 *      from the address bar);
 *   3. `sessionStorage['cej.token']` — kept for the browser tab only.
 * In development the sign-in page lists the demo identities `npm start` seeded (GET /console/dev-identities).
 */
declare global {
  interface Window {
    __CEJ_TOKEN__?: string;
  }
}

const KEY = 'cej.token';

export function initialToken(): string | null {
  if (typeof window.__CEJ_TOKEN__ === 'string' && window.__CEJ_TOKEN__) return window.__CEJ_TOKEN__;
  const m = /(?:^#|&)access_token=([^&]+)/.exec(window.location.hash);
  if (m) {
    const t = decodeURIComponent(m[1]);
    sessionStorage.setItem(KEY, t);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return t;
  }
  return sessionStorage.getItem(KEY);
}

let current: string | null = null;

export function getToken(): string | null {
  return current;
}

export function setToken(token: string | null): void {
  current = token;
  if (token) sessionStorage.setItem(KEY, token);
  else sessionStorage.removeItem(KEY);
}
