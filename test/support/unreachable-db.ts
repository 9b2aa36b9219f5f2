import net from "node:net";
import postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import * as schema from "@/db/schema";
import type { Db } from "@/db/client";

/**
 * A database client for an outage, as the app would hold one: postgres.js pointed at a local
 * port nobody listens on (`refusing`: every query fails with ECONNREFUSED), or at a server that
 * accepts the connection and never answers (`silent`: every query hangs).
 */
export async function unreachableDb(kind: "refusing" | "silent"): Promise<{ db: Db; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  // Accepts and says nothing (a database stuck, or a black-holed network).
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  if (kind === "refusing") await new Promise<void>((resolve) => server.close(() => resolve()));
  const client = postgres(`postgres://postgres@127.0.0.1:${port}/outage`, { max: 1, connect_timeout: 30, onnotice: () => {} });
  return {
    db: drizzle(client, { schema }) as unknown as Db,
    close: async () => {
      await client.end({ timeout: 0 });
      for (const socket of sockets) socket.destroy();
      if (kind === "silent") await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
