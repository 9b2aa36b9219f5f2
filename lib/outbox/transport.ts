import type { Transporter } from "nodemailer";

export type OutgoingEmail = { id: string; to: string; subject: string; text: string };

/** Delivers one email. The development mailbox "delivers" by leaving the row for /dev/mailbox. */
export type Transport = { via: "smtp" | "mailbox"; deliver: (email: OutgoingEmail) => Promise<void> };

const KEY = Symbol.for("portal.smtp");
type G = typeof globalThis & { [KEY]?: Transporter };

export function smtpConfigured(): boolean {
  return Boolean(process.env.SMTP_URL);
}

/** The development mailbox page is served only while no SMTP server is configured. */
export function devMailboxEnabled(): boolean {
  return !smtpConfigured() && process.env.DEV_MAILBOX !== "off";
}

export async function defaultTransport(): Promise<Transport> {
  const url = process.env.SMTP_URL;
  if (!url) return { via: "mailbox", deliver: async () => {} };
  const g = globalThis as G;
  if (!g[KEY]) {
    const nodemailer = await import("nodemailer");
    // Timeouts stay well under the sender's lease, so a slow server cannot cause a second send.
    g[KEY] = nodemailer.createTransport(url, { connectionTimeout: 30_000, socketTimeout: 60_000 } as object);
  }
  const transporter = g[KEY];
  const from = process.env.SMTP_FROM ?? "Account Portal <no-reply@portal.invalid>";
  return {
    via: "smtp",
    deliver: async (email) => {
      await transporter.sendMail({
        from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        // A stable Message-ID lets receiving servers drop a redelivery of the same row.
        messageId: `<${email.id}@portal.outbox>`,
      });
    },
  };
}
