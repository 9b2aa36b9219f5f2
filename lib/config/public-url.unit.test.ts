import { describe, expect, it } from "vitest";
import { onPublicOrigin, publicHost, publicLink, publicOrigin, publicUrlIsHttps, syncAuthUrl } from "./public-url";

describe("the portal's public URL", () => {
  it("security: links are built from AUTH_URL, whatever path it names, else from localhost and PORT", () => {
    expect(publicLink("/sign-in", { AUTH_URL: "https://portal.example.com/api/auth" })).toBe("https://portal.example.com/sign-in");
    expect(publicLink("/invite/abc", { AUTH_URL: "http://localhost:3310" })).toBe("http://localhost:3310/invite/abc");
    expect(publicOrigin({ PORT: "4123" })).toBe("http://localhost:4123");
    expect(publicOrigin({})).toBe("http://localhost:3000");
    expect(publicHost({ AUTH_URL: "https://portal.example.com:8443/" })).toBe("portal.example.com:8443");
  });

  it("security: a link made by Auth.js on another host (X-Forwarded-Host: evil.example) is moved onto the public origin, token and all", () => {
    const forged = "http://evil.example/api/auth/callback/email?callbackUrl=%2F&token=t0k3n&email=a%40b.example";
    expect(onPublicOrigin(forged, { AUTH_URL: "http://localhost:3310" })).toBe("http://localhost:3310/api/auth/callback/email?callbackUrl=%2F&token=t0k3n&email=a%40b.example");
  });

  it("security: a link is only ever a path of the portal, never another host", () => {
    expect(() => publicLink("//evil.example/x", {})).toThrow();
    expect(() => publicLink("https://evil.example/x", {})).toThrow();
    expect(() => publicOrigin({ AUTH_URL: "javascript:alert(1)" })).toThrow();
  });

  it("security: Auth.js is given the public URL when AUTH_URL is unset, so it never reads the request's host", () => {
    const env: Record<string, string | undefined> = { PORT: "3999" };
    syncAuthUrl(env);
    expect(env.AUTH_URL).toBe("http://localhost:3999");
    const configured: Record<string, string | undefined> = { AUTH_URL: "https://portal.example.com" };
    syncAuthUrl(configured);
    expect(configured.AUTH_URL).toBe("https://portal.example.com");
  });

  it("security: HSTS and upgrade-insecure-requests follow the public URL's scheme", () => {
    expect(publicUrlIsHttps({ AUTH_URL: "https://portal.example.com" })).toBe(true);
    expect(publicUrlIsHttps({ AUTH_URL: "http://localhost:3000" })).toBe(false);
  });
});
