import { afterEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { modeFor, smtpConfigured } from "./delivery-mode";
import { defaultTransport } from "./transport";

afterEach(() => {
  vi.unstubAllEnvs();
});

// With SMTP configured the database is never read, so no database is needed here; the modes
// that depend on the demo world are tested against PostgreSQL in delivery.test.ts.
const noDb = {} as Db;

describe("the outbox transport", () => {
  it("EM-1 with SMTP_URL emails go out by SMTP and the development mailbox is gone", async () => {
    vi.stubEnv("SMTP_URL", "smtp://127.0.0.1:2525");
    expect(smtpConfigured()).toBe(true);
    expect((await defaultTransport(noDb))?.via).toBe("smtp");
  });

  it("EM-1 without SMTP the mailbox is on only with the demo world or DEV_MAILBOX=on, and off with DEV_MAILBOX=off", () => {
    expect(modeFor({ smtp: false, devMailbox: undefined, demoWorld: true })).toBe("mailbox");
    expect(modeFor({ smtp: false, devMailbox: undefined, demoWorld: false })).toBe("outbox");
    expect(modeFor({ smtp: false, devMailbox: "on", demoWorld: false })).toBe("mailbox");
    expect(modeFor({ smtp: false, devMailbox: " OFF ", demoWorld: true })).toBe("outbox");
    expect(modeFor({ smtp: true, devMailbox: "on", demoWorld: true })).toBe("smtp");
  });
});
