import { isIP } from "node:net";

/**
 * The client address rate limits count by, taken only from a source the client cannot set:
 *
 * - TRUST_PROXY unset (or off): the TCP peer of the connection, which peer-address.ts stamps
 *   on every request as PEER_HEADER at the HTTP server, overwriting anything the client sent.
 *   X-Forwarded-For is ignored: without a proxy in front, its every entry is the client's word.
 * - TRUST_PROXY=N (or on = 1) when N reverse proxies of yours stand in front: the Nth entry of
 *   X-Forwarded-For counted from the right, i.e. the address your outermost proxy saw. Entries
 *   further left are the client's word and never used.
 *
 * IPv6 addresses count by their /64 network (one subscriber's whole range), IPv4-mapped IPv6
 * as IPv4. Anything unreadable is "unknown", which shares one counter, so it cannot be rotated.
 */
export const PEER_HEADER = "x-portal-peer-address";

type Env = Record<string, string | undefined>;

/** How many trusted proxies stand in front (0 = none). */
export function trustedProxyHops(env: Env = process.env): number {
  const raw = env.TRUST_PROXY?.trim().toLowerCase();
  if (!raw || raw === "off" || raw === "false" || raw === "0" || raw === "no") return 0;
  if (raw === "on" || raw === "true" || raw === "yes") return 1;
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 && n < 10 ? n : 1;
}

function expandV6(address: string): string[] | null {
  const [head, tail, ...rest] = address.split("::");
  if (rest.length) return null;
  const h = head ? head.split(":") : [];
  const t = tail !== undefined ? (tail ? tail.split(":") : []) : [];
  const missing = 8 - h.length - t.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return null;
  return [...h, ...Array<string>(tail === undefined ? 0 : missing).fill("0"), ...t];
}

/** One key per client: IPv4 as is, IPv6 by its /64, "unknown" for anything else. */
export function normaliseAddress(raw: string | null | undefined): string {
  let a = (raw ?? "").trim().replace(/^\[|\]$/g, "").split("%")[0]!;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  if (mapped) a = mapped[1]!;
  const kind = isIP(a);
  if (kind === 4) return a;
  if (kind === 6) {
    const groups = expandV6(a.toLowerCase());
    if (!groups) return "unknown";
    return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
  }
  return "unknown";
}

export function clientAddress(headers: Headers, env: Env = process.env): string {
  const hops = trustedProxyHops(env);
  if (hops === 0) return normaliseAddress(headers.get(PEER_HEADER));
  const chain = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const entry = chain[chain.length - hops];
  return normaliseAddress(entry ?? headers.get(PEER_HEADER));
}
