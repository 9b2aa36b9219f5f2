import http from "node:http";
import https from "node:https";
import { PEER_HEADER } from "./client-address";

const INSTALLED = Symbol.for("portal.peer-address");
type Patched = typeof http.Server.prototype & { [INSTALLED]?: true };

/**
 * Next.js gives route handlers, server actions and the proxy no access to the connection,
 * and it keeps a client-sent X-Forwarded-For as is. So, once per process (instrumentation.ts),
 * every HTTP server's "request" event first writes the TCP peer's address into PEER_HEADER,
 * replacing whatever the client put there. client-address.ts reads it when no proxy is trusted.
 */
export function installPeerAddressStamp(): void {
  for (const proto of [http.Server.prototype, https.Server.prototype] as Patched[]) {
    if (proto[INSTALLED]) continue;
    const emit = proto.emit;
    proto.emit = function patchedEmit(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
      if (event === "request") stampPeer(args[0] as http.IncomingMessage);
      return Reflect.apply(emit, this, [event, ...args]) as boolean;
    } as typeof emit;
    proto[INSTALLED] = true;
  }
}

export function stampPeer(req: http.IncomingMessage): void {
  req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? "unknown";
}
