import { describe, expect, it } from "vitest";
import { modeFor } from "./delivery-mode";

describe("how emails leave the outbox", () => {
  it("EM-1 the development mailbox exists only with the demo world or DEV_MAILBOX=on, and never with SMTP", () => {
    expect(modeFor({ smtp: false, devMailbox: undefined, demoWorld: true })).toBe("mailbox");
    expect(modeFor({ smtp: false, devMailbox: "on", demoWorld: false })).toBe("mailbox");
    expect(modeFor({ smtp: false, devMailbox: undefined, demoWorld: false })).toBe("outbox");
    expect(modeFor({ smtp: false, devMailbox: "off", demoWorld: true })).toBe("outbox");
    expect(modeFor({ smtp: false, devMailbox: "yes please", demoWorld: false })).toBe("outbox");
    expect(modeFor({ smtp: true, devMailbox: "on", demoWorld: true })).toBe("smtp");
  });
});
