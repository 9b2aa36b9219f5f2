import { afterEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { modeFor, smtpConfigured } from "./delivery-mode";
import { PermanentDeliveryError, defaultTransport, isPermanent } from "./transport";

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

describe("which delivery failures are final", () => {
  const smtpError = (responseCode: number | undefined, command: string) => Object.assign(new Error(`${responseCode} refused`), { responseCode, command });

  it("EM-1 a 5xx to the email's recipient or content is final; a 4xx, a lost connection, or a 5xx to the login or sender address is retried", () => {
    expect(isPermanent(smtpError(550, "RCPT TO"))).toBe(true);
    expect(isPermanent(smtpError(554, "DATA"))).toBe(true);
    expect(isPermanent(new PermanentDeliveryError("not a single email address"))).toBe(true);
    expect(isPermanent(smtpError(451, "RCPT TO"))).toBe(false);
    expect(isPermanent(smtpError(421, "DATA"))).toBe(false);
    // A wrong password or a refused sender address is this installation's setting: every email would fail alike.
    expect(isPermanent(smtpError(535, "AUTH PLAIN"))).toBe(false);
    expect(isPermanent(smtpError(553, "MAIL FROM"))).toBe(false);
    expect(isPermanent(smtpError(undefined, "CONN"))).toBe(false);
    expect(isPermanent(new Error("connect ECONNREFUSED 127.0.0.1:25"))).toBe(false);
    expect(isPermanent("550 as a string")).toBe(false);
    expect(isPermanent(null)).toBe(false);
  });
});
