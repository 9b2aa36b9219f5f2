/**
 * The security headers of every response (set by proxy.ts). Pages get a Content-Security-
 * Policy whose only inline scripts are Next.js's own, allowed by a nonce made fresh for each
 * request (Next reads it from the request's CSP header and puts it on its script tags); route
 * handlers, which never serve a document to run, get a policy that allows nothing at all.
 * Nobody may frame the portal (clickjacking), browsers must not guess content types, and
 * referrers never carry paths (ids, search terms) to other sites, and powerful browser features
 * (camera, microphone, location, payment, USB...) are off. HSTS only over https.
 */
export type HeaderOptions = { https: boolean; dev?: boolean };

export function makeNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes));
}

export function pageCsp(nonce: string, { https, dev = false }: HeaderOptions): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts that Next's nonce'd scripts load are trusted too; nothing else runs.
    // Development only: React's dev build needs eval for its error overlays.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' ${dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** For route handlers (JSON, CSV, NDJSON): nothing may run, load or frame them. */
export const ROUTE_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Powerful browser features the portal never uses, denied to it and to anything it could
 * embed: a script that got in (or a future third-party widget) cannot ask for the camera,
 * the microphone, the person's location, a payment or a USB device. Only features Chromium
 * knows are listed (an unknown one is a console warning on every page).
 */
const DENIED_FEATURES = [
  "accelerometer",
  "browsing-topics",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "idle-detection",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
];
export const PERMISSIONS_POLICY = DENIED_FEATURES.map((f) => `${f}=()`).join(", ");

export function securityHeaders(csp: string, { https }: HeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": csp,
    "Permissions-Policy": PERMISSIONS_POLICY,
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    ...(https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}
