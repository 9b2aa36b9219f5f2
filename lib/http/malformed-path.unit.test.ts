import { describe, expect, it } from "vitest";
import { decodablePath, malformedPathPage } from "./malformed-path";

describe("malformed paths", () => {
  it("security: a path whose percent-escapes do not decode is told apart from one that does", () => {
    expect(decodablePath("/invite/%E0%A4%A")).toBe(false);
    expect(decodablePath("/invite/%")).toBe(false);
    expect(decodablePath("/accounts/abc/users")).toBe(true);
    expect(decodablePath("/invite/abc%20def%C3%A9")).toBe(true);
  });

  it("security: the answer for one is a readable 400 page without script", async () => {
    const response = malformedPathPage();
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("<h1>This address is not valid</h1>");
    expect(html).not.toContain("<script");
  });
});
