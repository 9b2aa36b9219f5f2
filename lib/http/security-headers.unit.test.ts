import { describe, expect, it } from "vitest";
import { ROUTE_CSP, makeNonce, pageCsp, securityHeaders } from "./security-headers";

describe("security headers", () => {
  it("security: pages allow scripts only from the portal and by this request's nonce, and nobody may frame them", () => {
    const nonce = makeNonce();
    const csp = pageCsp(nonce, { https: false });
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(makeNonce()).not.toBe(nonce);
  });

  it("security: every response says DENY to framing, no sniffing, strict referrers; HSTS only over https", () => {
    const http = securityHeaders(ROUTE_CSP, { https: false });
    expect(http).toMatchObject({ "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "strict-origin-when-cross-origin", "Content-Security-Policy": ROUTE_CSP });
    expect(http["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders(ROUTE_CSP, { https: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d+/);
    expect(pageCsp("n", { https: true })).toContain("upgrade-insecure-requests");
    expect(ROUTE_CSP).toContain("default-src 'none'");
  });
});
