import { describe, expect, it, vi } from "vitest";
import { notFound, redirect } from "next/navigation";
import { NO_ANSWER } from "@/lib/actions/unexpected";
import { settleAction } from "./use-server-action";

// Issue 14, "Faults": a server action call that rejected (network failure, a server error
// response) escaped useServerAction and replaced the whole page with the error page.

const thrown = (fn: () => never): unknown => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("did not throw");
};

describe("settleAction (useServerAction's call)", () => {
  it("reliability: a rejected call becomes a readable failure to show next to the control", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    await expect(settleAction(() => Promise.reject(new TypeError("Failed to fetch")))).resolves.toEqual(NO_ANSWER);
    await expect(settleAction(() => Promise.reject(new Error("An error occurred in the Server Components render.")))).resolves.toEqual(NO_ANSWER);
    expect(NO_ANSWER.message).toMatch(/did not answer/);
  });

  it("reliability: results pass through as they are, and Next's redirect to sign-in and notFound are not swallowed", async () => {
    await expect(settleAction(() => Promise.resolve({ ok: true as const, data: 1 }))).resolves.toEqual({ ok: true, data: 1 });
    const denied = { ok: false as const, code: "denied" as const, rule: "UM-5", reason: "No.", message: "No." };
    await expect(settleAction(() => Promise.resolve(denied))).resolves.toEqual(denied);
    const toSignIn = thrown(() => redirect("/sign-in"));
    await expect(settleAction(() => Promise.reject(toSignIn))).rejects.toBe(toSignIn);
    const missing = thrown(() => notFound());
    await expect(settleAction(() => Promise.reject(missing))).rejects.toBe(missing);
  });
});
