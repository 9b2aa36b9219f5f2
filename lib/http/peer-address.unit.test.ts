import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { PEER_HEADER, clientAddress } from "./client-address";
import { installPeerAddressStamp } from "./peer-address";

describe("the TCP peer, stamped on every request", () => {
  it("security: a client cannot set the peer address: the server overwrites the header with the connection's own", async () => {
    installPeerAddressStamp();
    installPeerAddressStamp(); // once per process, however often it is called
    const seen: string[] = [];
    const server = http.createServer((req, res) => {
      const headers = new Headers(Object.entries(req.headers).flatMap(([k, v]) => (typeof v === "string" ? [[k, v] as [string, string]] : [])));
      seen.push(clientAddress(headers, {}));
      res.end("ok");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      for (const forged of ["6.6.6.6", "203.0.113.9"]) {
        await fetch(`http://127.0.0.1:${port}/`, { headers: { [PEER_HEADER]: forged, "x-forwarded-for": forged } });
      }
      expect(seen).toEqual(["127.0.0.1", "127.0.0.1"]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
