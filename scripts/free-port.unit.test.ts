import net from "node:net";
import { describe, expect, it } from "vitest";
import { freePort, portIsFree } from "./free-port.mjs";

function listen(host: string, port = 0): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen({ host, port }, () => resolve(server));
  });
}
const close = (s: net.Server) => new Promise((resolve) => s.close(resolve));

describe("the ports the e2e server and the smoke test run on", () => {
  it("security: a port where something already listens (a portal left running) is never chosen", async () => {
    const running = await listen("127.0.0.1");
    try {
      const taken = (running.address() as net.AddressInfo).port;
      expect(await portIsFree(taken)).toBe(false);
      const picked = await freePort();
      expect(picked).not.toBe(taken);
      expect(await portIsFree(picked)).toBe(true);
    } finally {
      await close(running);
    }
  });

  it("security: a port taken on ::1 only counts as taken too (browsers resolve localhost to either)", async () => {
    const v6 = await listen("::1").catch(() => null);
    if (!v6) {
      // No IPv6 loopback on this machine: 127.0.0.1 alone decides (the test above).
      expect(await portIsFree(await freePort())).toBe(true);
      return;
    }
    try {
      expect(await portIsFree((v6.address() as net.AddressInfo).port)).toBe(false);
    } finally {
      await close(v6);
    }
  });
});
