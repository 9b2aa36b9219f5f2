import type { Transporter } from "nodemailer";
import type { Db } from "@/db/client";
import { deliveryMode } from "./delivery-mode";

export type OutgoingEmail = { id: string; to: string; subject: string; text: string };

/** Delivers one email. The development mailbox "delivers" by leaving the row for /dev/mailbox. */
export type Transport = { via: "smtp" | "mailbox"; deliver: (email: OutgoingEmail) => Promise<void> };

const KEY = Symbol.for("portal.smtp");
type G = typeof globalThis & { [KEY]?: Transporter };

/**
 * The transport for this installation's delivery mode (delivery-mode.ts): SMTP, the
 * development mailbox, or none, in which case emails stay in the outbox undelivered.
 */
export async function defaultTransport(db: Db): Promise<Transport | null> {
  const mode = await deliveryMode(db);
  if (mode === "outbox") return null;
  if (mode === "mailbox") return { via: "mailbox", deliver: async () => {} };
  const url = process.env.SMTP_URL!.trim();
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
