import { SMTPServer } from "smtp-server";

/**
 * The SMTP server the app under test delivers to: it accepts everything and counts each
 * outbox email by its Message-ID (`<outbox row id@portal.outbox>`, lib/outbox/transport.ts),
 * so an email delivered twice shows as a count of 2.
 */
export type SmtpSink = { url: string; deliveries: ReadonlyMap<string, number>; close: () => Promise<void> };

export async function startSmtpSink(): Promise<SmtpSink> {
  const deliveries = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      let head = "";
      stream.on("data", (chunk: Buffer) => {
        if (head.length < 64 * 1024) head += chunk.toString("utf8");
      });
      stream.on("end", () => {
        const id = /^message-id:\s*<([^@>]+)@portal\.outbox>/im.exec(head)?.[1] ?? "unknown";
        deliveries.set(id, (deliveries.get(id) ?? 0) + 1);
        callback();
      });
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.server.address();
      resolve(typeof address === "object" && address ? address.port : 0);
    });
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    deliveries,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
