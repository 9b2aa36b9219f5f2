/**
 * The portal's public URL: the one place that says where the portal lives. Every link the
 * portal makes (sign-in links, invitations, confirmations), Auth.js's own URLs, the origin
 * that requests which change data must come from, and whether HSTS is sent are derived from
 * it, never from the request's Host or X-Forwarded-Host headers (a client can send any).
 *
 * It is AUTH_URL (Auth.js's own variable, so Auth.js and the portal cannot disagree), e.g.
 * `https://portal.example.com`; `start:demo` and the test servers set it to
 * `http://localhost:<port>`. Unset, it is `http://localhost:<PORT or 3000>`: links then only
 * work on this machine, which is safe, and the server warns at start.
 */

type Env = Record<string, string | undefined>;

export class PublicUrlError extends Error {}

function parse(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new PublicUrlError(`AUTH_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new PublicUrlError(`AUTH_URL must be an http(s) URL: ${raw}`);
  return url;
}

/** The public origin, e.g. `https://portal.example.com` (no path: AUTH_URL may name Auth.js's "/api/auth"). */
export function publicOrigin(env: Env = process.env): string {
  const raw = env.AUTH_URL?.trim();
  if (raw) return parse(raw).origin;
  return `http://localhost:${env.PORT?.trim() || "3000"}`;
}

/** Whether AUTH_URL was configured (else the local default is used, and the server warns). */
export function publicUrlConfigured(env: Env = process.env): boolean {
  return Boolean(env.AUTH_URL?.trim());
}

/** An absolute link into the portal: `publicLink("/sign-in")`. Only paths of this portal, never another host. */
export function publicLink(path: string, env: Env = process.env): string {
  if (!path.startsWith("/") || path.startsWith("//")) throw new PublicUrlError(`not a path of the portal: ${path}`);
  return `${publicOrigin(env)}${path}`;
}

/** Host (with port) of the public URL, as browsers send it in Origin and Host headers. */
export function publicHost(env: Env = process.env): string {
  return new URL(publicOrigin(env)).host;
}

export function publicUrlIsHttps(env: Env = process.env): boolean {
  return publicOrigin(env).startsWith("https:");
}

/**
 * A URL Auth.js made (e.g. the email-link callback), moved onto the public origin. Auth.js
 * builds it from AUTH_URL already (syncAuthUrl); this makes sure no other origin can leak
 * into an email even if that ever changed.
 */
export function onPublicOrigin(url: string, env: Env = process.env): string {
  const parsed = new URL(url);
  return publicLink(`${parsed.pathname}${parsed.search}`, env);
}

/**
 * Auth.js reads AUTH_URL from the environment at every call; without it, it builds its URLs
 * (and the email links) from the request's X-Forwarded-Host or Host header. Setting it to the
 * public origin here, before any Auth.js call, means Auth.js never looks at those headers.
 */
export function syncAuthUrl(env: Env = process.env): void {
  if (!env.AUTH_URL?.trim()) env.AUTH_URL = publicOrigin(env);
}
