import { afterEach, describe, expect, it, vi } from "vitest";
import { defaultTransport, devMailboxEnabled, smtpConfigured } from "./transport";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the outbox transport", () => {
  it("EM-1 without SMTP the development mailbox delivers (the row stays for /dev/mailbox), unless it is turned off", async () => {
    vi.stubEnv("SMTP_URL", "");
    expect(smtpConfigured()).toBe(false);
    expect(devMailboxEnabled()).toBe(true);
    const t = await defaultTransport();
    expect(t.via).toBe("mailbox");
    await expect(t.deliver({ id: "x", to: "a@example.test", subject: "s", text: "t" })).resolves.toBeUndefined();
    vi.stubEnv("DEV_MAILBOX", "off");
    expect(devMailboxEnabled()).toBe(false);
  });

  it("EM-1 with SMTP_URL emails go out by SMTP and the development mailbox is gone", async () => {
    vi.stubEnv("SMTP_URL", "smtp://127.0.0.1:2525");
    expect(smtpConfigured()).toBe(true);
    expect(devMailboxEnabled()).toBe(false);
    expect((await defaultTransport()).via).toBe("smtp");
  });
});
