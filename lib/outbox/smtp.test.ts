import { spawnSync } from "node:child_process";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { drizzle } from "drizzle-orm/postgres-js";
import { eq, sql } from "drizzle-orm";
import postgres from "postgres";
import type { Db } from "@/db/client";
import * as schema from "@/db/schema";
import { outboxEmails } from "@/db/schema";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { parseMessage, startSmtpPeer, type SmtpPeer } from "@/test/support/smtp-peer";
import { enqueueEmail, enqueueEmails, type Email } from "./enqueue-email";
import { backoffMs, sendDueEmails } from "./sender";

// EM-1 against a real SMTP server (smtp-server, started here): the outbox goes out through
// nodemailer exactly as in production (SMTP_URL), and what arrives is counted and read on
// the server's side.
let t: TestDb;
let peer: SmtpPeer;
beforeAll(async () => {
  [t, peer] = await Promise.all([createTestDb("smtp"), startSmtpPeer()]);
});
afterAll(async () => {
  await Promise.all([t?.drop(), peer?.close()]);
});
beforeEach(async () => {
  vi.stubEnv("SMTP_URL", peer.url);
  vi.stubEnv("SMTP_FROM", "Portal Test <mailer@portal.example.com>");
  vi.stubEnv("AUTH_URL", "https://portal.example.com");
  peer.received.length = 0;
  peer.refused = 0;
  peer.answer = null;
  await t.db.delete(outboxEmails);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const mail = (i: number, over: Partial<Email> = {}): Email => ({ kind: "role-changed", to: `person${i}@example.test`, subject: `Your role changed (${i})`, text: `Hello ${i}`, ...over });
const enqueue = (email: Email) => t.db.transaction((tx) => enqueueEmail(tx, email));
const row = async (id: string) => (await t.db.select().from(outboxEmails).where(eq(outboxEmails.id, id)))[0]!;
/** A clock the test moves by hand. */
function clock(start = new Date()) {
  let at = start.getTime();
  return { now: () => new Date(at), to: (d: Date) => void (at = d.getTime()), plus: (ms: number) => void (at += ms) };
}
const listOutbox = () =>
  spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/outbox-send.ts", "--list"], {
    env: { ...process.env, DATABASE_URL: t.url, SEED_DEMO: "0", SMTP_URL: peer.url, DEV_MAILBOX: "" },
    encoding: "utf8",
    timeout: 60_000,
  });

describe("outbox delivery through a real SMTP server", () => {
  it("EM-1 a committed email is delivered once over SMTP, marked sent, and a second pass sends nothing", async () => {
    const id = await enqueue(mail(1));
    expect(await sendDueEmails(t.db)).toEqual({ sent: 1, retried: 0, dead: 0 });
    expect(await sendDueEmails(t.db)).toEqual({ sent: 0, retried: 0, dead: 0 });
    expect(peer.received).toHaveLength(1);
    expect(peer.received[0]).toMatchObject({ mailFrom: "mailer@portal.example.com", rcptTo: ["person1@example.test"] });
    expect(await row(id)).toMatchObject({ status: "sent", deliveredVia: "smtp", attempts: 1, lastError: null, lockedUntil: null });
  });

  it("EM-1 a 4xx answer (451) is retried with a growing back-off and delivered once when the server recovers", async () => {
    const id = await enqueue(mail(2));
    const c = clock();
    peer.answer = { code: 451, message: "Mailbox busy, try again later" };
    const start = c.now().getTime();
    expect(await sendDueEmails(t.db, undefined, { now: c.now })).toEqual({ sent: 0, retried: 1, dead: 0 });
    const first = await row(id);
    expect(first).toMatchObject({ status: "pending", attempts: 1, lockedUntil: null });
    expect(first.lastError).toContain("451 Mailbox busy, try again later");
    expect(first.nextAttemptAt.getTime() - start).toBe(backoffMs(1));
    // Not due before its back-off has passed: the server is not even asked.
    c.plus(backoffMs(1) - 1000);
    expect(await sendDueEmails(t.db, undefined, { now: c.now })).toEqual({ sent: 0, retried: 0, dead: 0 });
    expect(peer.refused).toBe(1);
    c.to(first.nextAttemptAt);
    expect(await sendDueEmails(t.db, undefined, { now: c.now })).toEqual({ sent: 0, retried: 1, dead: 0 });
    const second = await row(id);
    expect(second).toMatchObject({ status: "pending", attempts: 2 });
    expect(second.nextAttemptAt.getTime() - first.nextAttemptAt.getTime()).toBe(backoffMs(2));
    expect(backoffMs(2)).toBeGreaterThan(backoffMs(1));
    peer.answer = null;
    c.to(second.nextAttemptAt);
    expect(await sendDueEmails(t.db, undefined, { now: c.now })).toEqual({ sent: 1, retried: 0, dead: 0 });
    expect(peer.refused).toBe(2);
    expect(peer.received.map((m) => m.rcptTo)).toEqual([["person2@example.test"]]);
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 3, lastError: null });
  });

  it("EM-1 a 5xx answer (550) marks the email failed at once with the server's reason, never deletes it, and `outbox:send -- --list` shows it without its body", async () => {
    const id = await enqueue(mail(3, { to: "gone@example.test", text: "secret body https://portal.example.com/invite/tok3n" }));
    const c = clock();
    peer.answer = { code: 550, message: "No such user here" };
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(await sendDueEmails(t.db, undefined, { now: c.now })).toEqual({ sent: 0, retried: 0, dead: 1 });
    const failed = await row(id);
    expect(failed).toMatchObject({ status: "dead", attempts: 1, lockedUntil: null, sentAt: null });
    expect(failed.lastError).toContain("550 No such user here");
    // The server log says so too, naming the email and the reason.
    expect(warn.mock.calls.flat().join(" ")).toMatch(new RegExp(`${id}.*550 No such user here`));
    // A failed email is not retried, however long it waits; it stays in the outbox.
    peer.answer = null;
    c.plus(24 * 3_600_000);
    expect(await sendDueEmails(t.db, undefined, { now: c.now })).toEqual({ sent: 0, retried: 0, dead: 0 });
    expect(peer.refused).toBe(1);
    expect(peer.received).toHaveLength(0);
    expect(await row(id)).toMatchObject({ status: "dead", attempts: 1 });
    const run = listOutbox();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/dead\s+1\s+gone@example\.test\s+Your role changed \(3\)\s+\(last error: .*550 No such user here/);
    expect(run.stdout).not.toContain("secret body");
    expect(run.stdout).not.toContain("tok3n");
  });

  it("EM-1 a 5xx to the portal's own sender address (553 at MAIL FROM, a setting, not the email) is retried with back-off, not failed", async () => {
    const id = await enqueue(mail(9));
    const c = clock();
    peer.answer = { code: 553, message: "Sender address not allowed", at: "mail" };
    expect(await sendDueEmails(t.db, undefined, { now: c.now })).toEqual({ sent: 0, retried: 1, dead: 0 });
    const waiting = await row(id);
    expect(waiting).toMatchObject({ status: "pending", attempts: 1 });
    expect(waiting.lastError).toContain("553 Sender address not allowed");
    // Once the setting is mended, the email goes out.
    peer.answer = null;
    c.to(waiting.nextAttemptAt);
    expect(await sendDueEmails(t.db, undefined, { now: c.now })).toEqual({ sent: 1, retried: 0, dead: 0 });
    expect(peer.received).toHaveLength(1);
  });

  it("EM-1 two senders with their own database and SMTP connections, running at once, deliver each of 50 queued emails exactly once", async () => {
    await t.db.transaction((tx) => enqueueEmails(tx, Array.from({ length: 50 }, (_, i) => mail(100 + i))));
    const clients = [postgres(t.url, { max: 2, onnotice: () => {} }), postgres(t.url, { max: 2, onnotice: () => {} })];
    try {
      const senders = clients.map(async (client) => {
        const db = drizzle(client, { schema }) as unknown as Db;
        let sent = 0;
        for (;;) {
          const r = await sendDueEmails(db, undefined, { limit: 5 });
          sent += r.sent;
          if (r.sent + r.retried + r.dead === 0) return sent;
        }
      });
      const counts = await Promise.all(senders);
      expect(counts[0]! + counts[1]!).toBe(50);
      // Both took part (one alone would prove nothing about running at once).
      expect(Math.min(...counts)).toBeGreaterThan(0);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
    const ids = peer.received.map((m) => parseMessage(m.raw).headers.get("message-id")[0]);
    expect(ids).toHaveLength(50);
    expect(new Set(ids).size).toBe(50);
    expect(new Set(peer.received.flatMap((m) => m.rcptTo)).size).toBe(50);
    const statuses = await t.db.select({ status: outboxEmails.status }).from(outboxEmails);
    expect(statuses.every((s) => s.status === "sent")).toBe(true);
  });

  it("EM-1 the message has From (SMTP_FROM), To, Subject, Date, a unique Message-ID at the portal's domain, and a text and an HTML part", async () => {
    const text = "Hello Ann,\n\nBob & Co <sales> invited you.\nAccept: https://portal.example.com/invite/abc?x=1&y=2.\n\nThanks";
    const id = await enqueue(mail(4, { subject: "Bob invited you to Hub A", text }));
    const other = await enqueue(mail(5));
    const before = Date.now();
    const report = await sendDueEmails(t.db);
    // The rows' errors are part of what is compared, so that a failure says why.
    const errors = (await t.db.select({ lastError: outboxEmails.lastError }).from(outboxEmails)).map((r) => r.lastError).filter(Boolean);
    expect({ report, errors }).toEqual({ report: { sent: 2, retried: 0, dead: 0 }, errors: [] });
    const byId = new Map(peer.received.map((m) => [parseMessage(m.raw).headers.get("message-id")[0], parseMessage(m.raw)]));
    expect([...byId.keys()].sort()).toEqual([`<${id}@portal.example.com>`, `<${other}@portal.example.com>`].sort());
    const msg = byId.get(`<${id}@portal.example.com>`)!;
    for (const name of ["from", "to", "subject", "date", "message-id"]) expect(msg.headers.get(name), name).toHaveLength(1);
    expect(msg.headers.get("from")[0]).toBe("Portal Test <mailer@portal.example.com>");
    expect(msg.headers.get("to")[0]).toBe("person4@example.test");
    expect(msg.headers.get("subject")[0]).toBe("Bob invited you to Hub A");
    const date = Date.parse(msg.headers.get("date")[0]!);
    expect(date).toBeGreaterThanOrEqual(before - 2000);
    expect(date).toBeLessThanOrEqual(Date.now() + 2000);
    expect(msg.headers.get("cc")).toEqual([]);
    expect(msg.headers.get("bcc")).toEqual([]);
    const plain = msg.parts.filter((p) => p.headers.get("content-type")[0]?.startsWith("text/plain"));
    const html = msg.parts.filter((p) => p.headers.get("content-type")[0]?.startsWith("text/html"));
    expect(plain).toHaveLength(1);
    expect(html).toHaveLength(1);
    expect(plain[0]!.body.replace(/\r\n/g, "\n")).toBe(text);
    expect(html[0]!.body).toContain("Bob &amp; Co &lt;sales&gt; invited you.");
    expect(html[0]!.body).toContain('<a href="https://portal.example.com/invite/abc?x=1&amp;y=2">https://portal.example.com/invite/abc?x=1&amp;y=2</a>.');
    expect(html[0]!.body).not.toContain("<sales>");
  });

  it("EM-1 a name with CR/LF in the subject and body injects no header and reaches no one else", async () => {
    const name = "Eve\r\nBcc: evil@example.com";
    const id = await enqueue(mail(6, { subject: `${name} invited you to Hub A`, text: `${name}\r\ninvited you.` }));
    expect(await sendDueEmails(t.db)).toEqual({ sent: 1, retried: 0, dead: 0 });
    expect(peer.received).toHaveLength(1);
    expect(peer.received[0]!.rcptTo).toEqual(["person6@example.test"]);
    const msg = parseMessage(peer.received[0]!.raw);
    expect(msg.headers.get("bcc")).toEqual([]);
    expect(msg.headers.lines.filter((l) => /evil@/i.test(l))).toEqual([msg.headers.lines.find((l) => l.startsWith("Subject:"))]);
    expect(msg.headers.get("subject")).toEqual(["Eve Bcc: evil@example.com invited you to Hub A"]);
    expect(await row(id)).toMatchObject({ status: "sent" });
  });

  it("EM-1 a recipient address with CR/LF or a second address is refused before SMTP: nothing is sent, the email is marked failed with the reason", async () => {
    const ids = [
      await enqueue(mail(7, { to: "victim@example.test\r\nBcc: evil@example.com" })),
      await enqueue(mail(8, { to: "victim@example.test, evil@example.com" })),
    ];
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(await sendDueEmails(t.db)).toEqual({ sent: 0, retried: 0, dead: 2 });
    expect(peer.received).toEqual([]);
    for (const id of ids) {
      const r = await row(id);
      expect(r).toMatchObject({ status: "dead", attempts: 1 });
      expect(r.lastError).toMatch(/not a single email address/);
    }
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it("EM-1 `outbox:send -- --list` prints one line per email even when a subject or an error holds line breaks", async () => {
    await t.db.insert(outboxEmails).values([
      { kind: "role-changed", to: "a@example.test", subject: "Eve\r\n2099-01-01T00:00:00.000Z  dead      1  forged@example.test  Fake", text: "x", status: "dead", lastError: "550-first line\r\n550 second line" },
      { kind: "role-changed", to: "b@example.test", subject: "Plain", text: "y" },
    ]);
    const run = listOutbox();
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split(/\r?\n|\r/);
    expect(lines).toHaveLength(3);
    const forged = lines.find((l) => l.includes("a@example.test"));
    expect(forged).toContain("a@example.test  Eve 2099-01-01T00:00:00.000Z");
    expect(forged).toContain("(last error: 550-first line 550 second line)");
    expect(lines.filter((l) => l.includes("b@example.test  Plain"))).toHaveLength(1);
    expect(lines[2]).toBe("outbox: 2 undelivered emails; delivery: smtp");
  });

  it("EM-1 a delivered email whose 'sent' mark fails (the database blinks) is recorded on a later try and never sent again", async () => {
    const id = await enqueue(mail(7));
    // The database refuses the first two writes of "sent" (as during a restart), then recovers; a
    // sequence counts them, since the failed statement rolls back anything else it wrote.
    await t.db.execute(sql`drop sequence if exists outbox_blink`);
    await t.db.execute(sql`create sequence outbox_blink`);
    await t.db.execute(sql.raw(`create or replace function outbox_blink() returns trigger language plpgsql as $$
      begin
        if new.status = 'sent' and nextval('outbox_blink') <= 2 then raise exception 'the database blinked'; end if;
        return new;
      end $$`));
    await t.db.execute(sql`create trigger outbox_blink before update on outbox_emails for each row execute function outbox_blink()`);
    try {
      const waits: number[] = [];
      const sleep = async (ms: number) => void waits.push(ms);
      expect(await sendDueEmails(t.db, undefined, { sleep })).toEqual({ sent: 1, retried: 0, dead: 0 });
      expect(waits).toEqual([250, 500]);
      expect(await sendDueEmails(t.db, undefined, { sleep })).toEqual({ sent: 0, retried: 0, dead: 0 });
      expect(peer.received).toHaveLength(1);
      expect(await row(id)).toMatchObject({ status: "sent", attempts: 1, lockedUntil: null });
    } finally {
      await t.db.execute(sql`drop trigger if exists outbox_blink on outbox_emails`);
    }
  });
});
