import { describe, expect, it } from "vitest";
import { refuseCrossOrigin, sameOrigin } from "./origin";

const env = { AUTH_URL: "http://localhost:3310" };

describe("CSRF: the Origin of a data-changing request", () => {
  it("security: only the portal's public origin passes; none, 'null' or another site's does not, whatever Host says", () => {
    expect(sameOrigin(new Headers({ origin: "http://localhost:3310" }), env)).toBe(true);
    expect(sameOrigin(new Headers({}), env)).toBe(false);
    expect(sameOrigin(new Headers({ origin: "null" }), env)).toBe(false);
    expect(sameOrigin(new Headers({ origin: "http://evil.example", host: "evil.example", "x-forwarded-host": "evil.example" }), env)).toBe(false);
    expect(sameOrigin(new Headers({ origin: "http://localhost:3311" }), env)).toBe(false);
    expect(sameOrigin(new Headers({ origin: "https://localhost:3310" }), env)).toBe(false);
  });

  it("security: a refused request gets 403 with a readable reason", async () => {
    process.env.AUTH_URL = env.AUTH_URL;
    const refused = refuseCrossOrigin(new Request("http://localhost:3310/api/x", { method: "POST", headers: { origin: "http://evil.example" } }));
    expect(refused?.status).toBe(403);
    expect(await refused?.json()).toMatchObject({ ok: false, code: "forbidden_origin" });
    expect(refuseCrossOrigin(new Request("http://localhost:3310/api/x", { method: "POST", headers: { origin: "http://localhost:3310" } }))).toBeNull();
  });
});
