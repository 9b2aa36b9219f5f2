import { describe, expect, it } from "vitest";
import { ACTION_BODY_MAX_BYTES, checkActionRequest, checkJsonArguments, jsonDepth } from "./action-body";

const action = (body: string, type = "text/plain;charset=UTF-8") =>
  new Request("http://localhost/accounts/x/users", { method: "POST", body, headers: { "content-type": type, "next-action": "abc" } });

let deep = "1";
for (let i = 0; i < 5000; i++) deep = `{"a":${deep}}`;

describe("a server action's body, checked before Next.js decodes it", () => {
  it("security: a body that is null, not JSON, 2 MB, or nested 5,000 deep gets a readable 400/413", async () => {
    expect(await checkActionRequest(action("null"))).toMatchObject({ status: 400, message: expect.stringContaining("not a list of arguments") });
    expect(await checkActionRequest(action("this is not json"))).toMatchObject({ status: 400, message: expect.stringContaining("not JSON") });
    expect(await checkActionRequest(action(`[${JSON.stringify("x".repeat(2 * 1024 * 1024))}]`))).toMatchObject({ status: 413 });
    expect(await checkActionRequest(action(`[${deep}]`))).toMatchObject({ status: 400, message: expect.stringContaining("nested") });
  });

  it("security: what the portal's own pages send passes", async () => {
    expect(await checkActionRequest(action(JSON.stringify([{ accountId: "a", personIds: ["p1", "p2"], change: { kind: "assign", productId: "x" } }])))).toBeNull();
    const form = new FormData();
    form.set("1_email", "a@b.example");
    form.set("0", '["$K1"]');
    const multipart = new Request("http://localhost/sign-in", { method: "POST", body: form, headers: { "next-action": "abc" } });
    expect(await checkActionRequest(multipart)).toBeNull();
  });

  it("security: deep nesting hidden in a multipart part is refused too", async () => {
    const form = new FormData();
    form.set("0", `[${deep}]`);
    expect(await checkActionRequest(new Request("http://localhost/sign-in", { method: "POST", body: form, headers: { "next-action": "abc" } }))).toMatchObject({ status: 400 });
  });

  it("security: depth is counted without recursion, and brackets inside strings do not count", () => {
    expect(jsonDepth(`[${deep}]`)).toBe(5001);
    expect(jsonDepth('["[[[[[[", {"a": "]]]"}]')).toBe(2);
    expect(checkJsonArguments('[{"name":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}]')).toBeNull();
    expect(ACTION_BODY_MAX_BYTES).toBe(1024 * 1024);
  });
});
