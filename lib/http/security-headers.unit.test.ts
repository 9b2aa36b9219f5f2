import { describe, expect, it } from "vitest";
import { PERMISSIONS_POLICY, ROUTE_CSP, makeNonce, pageCsp, securityHeaders } from "./security-headers";

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

  it("security: every response denies powerful browser features (camera, microphone, geolocation, payment, usb...) to the portal and anything it embeds", () => {
    const headers = securityHeaders(ROUTE_CSP, { https: false });
    const policy = headers["Permissions-Policy"] ?? "";
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb", "serial", "hid", "midi", "display-capture", "browsing-topics"]) {
      expect(policy, feature).toMatch(new RegExp(`(^|, )${feature}=\\(\\)(,|$)`));
    }
    expect(securityHeaders(pageCsp("n", { https: true }), { https: true })["Permissions-Policy"]).toBe(policy);
    expect(PERMISSIONS_POLICY).toBe(policy);
  });
});
