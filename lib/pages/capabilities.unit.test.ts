import { describe, expect, it } from "vitest";
import { hub, hubAdmin, hubMember } from "@/test/support/test-facts";
import { hubMemberCapabilities, invitationCapabilities } from "./capabilities";

// What the hub pages hand their row controls: the policy's answers, never decided in the page.
describe("row capabilities for the hub pages", () => {
  it("HB-7 an administrator may resend and cancel a pending invitation, not approve it; nothing on an accepted one", () => {
    const pending = invitationCapabilities(hubAdmin(), hub(), { invitationId: "inv-1", status: "pending" });
    expect([pending.resend.allowed, pending.cancel.allowed, pending.approve.allowed, pending.reject.allowed]).toEqual([true, true, false, false]);
    const accepted = invitationCapabilities(hubAdmin(), hub(), { invitationId: "inv-1", status: "accepted" });
    expect(Object.values(accepted).some((c) => c.allowed)).toBe(false);
    expect(accepted.resend.rule).toBe("HB-7");
  });

  it("HB-7 approve and reject only from awaiting approval", () => {
    const waiting = invitationCapabilities(hubAdmin(), hub(), { invitationId: "inv-1", status: "awaiting_approval" });
    expect([waiting.approve.allowed, waiting.reject.allowed, waiting.resend.allowed]).toEqual([true, true, false]);
  });

  it("HB-3 HB-10 a Hub Member's row offers no change to a Hub Member viewer, each with the rule's reason", () => {
    const can = hubMemberCapabilities(hubMember(), hub(), { personId: "target", role: "project_contributor", active: true });
    expect(can.remove.allowed).toBe(false);
    expect(can.remove.reason).not.toBe("");
    expect(can.roles.every((r) => !r.allowed)).toBe(true);
  });
});
