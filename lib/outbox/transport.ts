import type { Transporter } from "nodemailer";
import type { Db } from "@/db/client";
import { publicOrigin } from "@/lib/config/public-url";
import { deliveryMode } from "./delivery-mode";
import { htmlFromText } from "./html-body";
import { oneLine } from "./one-line";

export type OutgoingEmail = { id: string; to: string; subject: string; text: string };

/** Delivers one email. The development mailbox "delivers" by leaving the row for /dev/mailbox. */
export type Transport = { via: "smtp" | "mailbox"; deliver: (email: OutgoingEmail) => Promise<void> };

/** A failure that another attempt cannot mend: the sender marks the email dead at once. */
export class PermanentDeliveryError extends Error {}

/**
 * Whether a delivery error is final for this email: our own refusal, or a 5xx reply to the
 * email's own recipient (RCPT TO) or content (DATA). A 5xx to the login or the sender's address
 * (MAIL FROM) is this installation's configuration, not the email's fault: it is retried with
 * back-off like a 4xx or a lost connection, so a bad password does not fail the whole queue.
 */
export function isPermanent(error: unknown): boolean {
  if (error instanceof PermanentDeliveryError) return true;
  if (typeof error !== "object" || error === null) return false;
  const { responseCode, command } = error as { responseCode?: unknown; command?: unknown };
  return typeof responseCode === "number" && responseCode >= 500 && responseCode < 600 && (command === "RCPT TO" || command === "DATA");
}

/** One bare address, nothing that a mail library could read as a second recipient or a header. */
const SINGLE_ADDRESS = /^[^\s@,;:<>()[\]"\\]+@[^\s@,;:<>()[\]"\\]+$/;

/** The portal's domain, for Message-IDs: the host of its public URL (AUTH_URL). */
const messageDomain = () => new URL(publicOrigin()).hostname;

const KEY = Symbol.for("portal.smtp");
type G = typeof globalThis & { [KEY]?: { url: string; transporter: Transporter } };

/** The SMTP transport for this URL; one nodemailer transporter per process (and URL). */
export async function smtpTransport(url: string): Promise<Transport> {
  const g = globalThis as G;
  if (g[KEY]?.url !== url) {
    const nodemailer = await import("nodemailer");
    // Timeouts stay well under the sender's lease, so a slow server cannot cause a second send.
    g[KEY] = { url, transporter: nodemailer.createTransport(url, { connectionTimeout: 30_000, socketTimeout: 60_000 } as object) };
  }
  const transporter = g[KEY].transporter;
  return {
    via: "smtp",
    deliver: async (email) => {
      if (!SINGLE_ADDRESS.test(email.to)) throw new PermanentDeliveryError(`the recipient ${JSON.stringify(email.to)} is not a single email address`);
      await transporter.sendMail({
        from: process.env.SMTP_FROM ?? "Account Portal <no-reply@portal.invalid>",
        to: email.to,
        // nodemailer folds line breaks too; the subject is one line whatever the library does.
        subject: oneLine(email.subject),
        text: email.text,
        html: htmlFromText(email.text),
        // A stable Message-ID lets receiving servers drop a redelivery of the same row.
        messageId: `<${email.id}@${messageDomain()}>`,
      });
    },
  };
}

/**
 * The transport for this installation's delivery mode (delivery-mode.ts): SMTP, the
 * development mailbox, or none, in which case emails stay in the outbox undelivered.
 */
export async function defaultTransport(db: Db): Promise<Transport | null> {
  const mode = await deliveryMode(db);
  if (mode === "outbox") return null;
  if (mode === "mailbox") return { via: "mailbox", deliver: async () => {} };
  return smtpTransport(process.env.SMTP_URL!.trim());
}
