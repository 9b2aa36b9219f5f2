import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server for tests (smtp-server on 127.0.0.1, a free port, no TLS, no auth)
 * that keeps every message it accepts, raw, and answers an error on demand: set `answer`
 * to `{ code: 451, message: "..." }` and every RCPT TO (or, with `at: "mail"`, every MAIL
 * FROM) is refused with it until it is null.
 */
export type Received = { mailFrom: string; rcptTo: string[]; raw: string };
export type Answer = { code: number; message: string; at?: "mail" | "rcpt" } | null;
export type SmtpPeer = {
  url: string;
  received: Received[];
  answer: Answer;
  /** Commands refused so far (counted by the server, not the sender). */
  refused: number;
  close: () => Promise<void>;
};

export async function startSmtpPeer(): Promise<SmtpPeer> {
  const peer: SmtpPeer = { url: "", received: [], answer: null, refused: 0, close: async () => {} };
  const refusal = (at: "mail" | "rcpt"): Error | null => {
    if (!peer.answer || (peer.answer.at ?? "rcpt") !== at) return null;
    peer.refused++;
    return Object.assign(new Error(peer.answer.message), { responseCode: peer.answer.code });
  };
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    disableReverseLookup: true,
    onMailFrom(_address, _session, callback) {
      callback(refusal("mail"));
    },
    onRcptTo(_address, _session, callback) {
      callback(refusal("rcpt"));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const from = session.envelope.mailFrom;
        peer.received.push({
          mailFrom: from ? from.address : "",
          rcptTo: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  peer.url = `smtp://127.0.0.1:${port}`;
  peer.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return peer;
}

export type Headers = { lines: string[]; get: (name: string) => string[] };
export type Part = { headers: Headers; body: string };

/** Header lines, unfolded (a line starting with white space continues the one before). */
function headersOf(block: string): Headers {
  const lines: string[] = [];
  for (const line of block.split("\r\n")) {
    if (/^[ \t]/.test(line) && lines.length) lines[lines.length - 1] += ` ${line.trim()}`;
    else if (line) lines.push(line);
  }
  return {
    lines,
    get: (name) =>
      lines
        .filter((l) => l.slice(0, l.indexOf(":")).trim().toLowerCase() === name.toLowerCase())
        .map((l) => l.slice(l.indexOf(":") + 1).trim()),
  };
}

function decode(body: string, encoding: string | undefined): string {
  switch (encoding?.toLowerCase()) {
    case "quoted-printable":
      return Buffer.from(
        body.replace(/=\r\n/g, "").replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        "latin1",
      ).toString("utf8");
    case "base64":
      return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
    default:
      return body;
  }
}

/** A message's top-level headers and its leaf parts (one for a single-part message), decoded. */
export function parseMessage(raw: string): { headers: Headers; parts: Part[] } {
  const split = (text: string) => {
    const at = text.indexOf("\r\n\r\n");
    return at < 0 ? { head: text, body: "" } : { head: text.slice(0, at), body: text.slice(at + 4) };
  };
  const leaves = (text: string): Part[] => {
    const { head, body } = split(text);
    const headers = headersOf(head);
    const type = headers.get("content-type")[0] ?? "text/plain";
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (!type.toLowerCase().startsWith("multipart/") || !boundary) {
      return [{ headers, body: decode(body, headers.get("content-transfer-encoding")[0]) }];
    }
    const sections = body.split(`--${boundary}`).slice(1);
    return sections.filter((s) => !s.startsWith("--")).flatMap((s) => leaves(s.replace(/^\r\n/, "").replace(/\r\n$/, "")));
  };
  const { head } = split(raw);
  return { headers: headersOf(head), parts: leaves(raw) };
}
