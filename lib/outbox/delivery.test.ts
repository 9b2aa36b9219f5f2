import { spawnSync } from "node:child_process";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { instanceSettings, outboxEmails } from "@/db/schema";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { deliveryMode, devMailboxEnabled } from "./delivery-mode";
import { enqueueEmail } from "./enqueue-email";
import { listUndelivered } from "./list-undelivered";
import { sendDueEmails } from "./sender";

let t: TestDb;
beforeAll(async () => {
  // A deployment's database: no demo world in it.
  t = await createTestDb("delivery");
});
afterAll(async () => {
  await t?.drop();
});
beforeEach(async () => {
  vi.stubEnv("SMTP_URL", "");
  vi.stubEnv("DEV_MAILBOX", "");
  await t.db.delete(outboxEmails);
  await t.db.delete(instanceSettings);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const link = { kind: "sign-in-link" as const, to: "victim@example.test", subject: "Your sign-in link", text: "http://localhost:3000/api/auth/callback/email?token=secret" };

describe("delivery without SMTP", () => {
  it("EM-1 with neither SMTP nor the development mailbox, emails stay in the outbox, undelivered, and the mailbox does not exist", async () => {
    await t.db.transaction((tx) => enqueueEmail(tx, link));
    expect(await deliveryMode(t.db)).toBe("outbox");
    expect(await devMailboxEnabled(t.db)).toBe(false);
    expect(await sendDueEmails(t.db)).toEqual({ sent: 0, retried: 0, dead: 0 });
    const [row] = await t.db.select({ status: outboxEmails.status, via: outboxEmails.deliveredVia }).from(outboxEmails);
    expect(row).toEqual({ status: "pending", via: null });
    expect((await listUndelivered(t.db)).map((e) => e.to)).toEqual(["victim@example.test"]);
  });

  it("EM-1 the development mailbox is on with the demo world or DEV_MAILBOX=on, and then takes the emails", async () => {
    await t.db.transaction((tx) => enqueueEmail(tx, link));
    vi.stubEnv("DEV_MAILBOX", "on");
    expect(await devMailboxEnabled(t.db)).toBe(true);
    vi.stubEnv("DEV_MAILBOX", "");
    await t.db.insert(instanceSettings).values({ key: "demo_world", value: {} });
    expect(await devMailboxEnabled(t.db)).toBe(true);
    expect((await sendDueEmails(t.db)).sent).toBe(1);
    const [row] = await t.db.select({ status: outboxEmails.status, via: outboxEmails.deliveredVia }).from(outboxEmails).where(eq(outboxEmails.to, link.to));
    expect(row).toEqual({ status: "sent", via: "mailbox" });
    vi.stubEnv("DEV_MAILBOX", "off");
    expect(await devMailboxEnabled(t.db)).toBe(false);
    vi.stubEnv("DEV_MAILBOX", "on");
    vi.stubEnv("SMTP_URL", "smtp://127.0.0.1:2525");
    expect(await deliveryMode(t.db)).toBe("smtp");
  });

  it("EM-1 `npm run outbox:send -- --list` shows the waiting emails without their bodies (they hold sign-in links)", async () => {
    await t.db.transaction((tx) => enqueueEmail(tx, link));
    const env = { ...process.env, DATABASE_URL: t.url, SEED_DEMO: "0", SMTP_URL: "", DEV_MAILBOX: "" };
    const run = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/outbox-send.ts", "--list"], { env, encoding: "utf8", timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("pending");
    expect(run.stdout).toContain("victim@example.test  Your sign-in link");
    expect(run.stdout).toContain("outbox: 1 undelivered email; delivery: outbox");
    expect(run.stdout).not.toContain("token=secret");
    const [row] = await t.db.select({ status: outboxEmails.status }).from(outboxEmails);
    expect(row?.status).toBe("pending");
  });
});
