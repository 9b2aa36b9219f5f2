// A TCP port nothing listens on, on both loopback addresses (127.0.0.1 and ::1): the e2e
// server binds 127.0.0.1 while browsers resolve "localhost" to either, so a portal left
// running on [::1]:<port> would answer in its place. Standard library only.
import net from "node:net";

function listenOnce(host, port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", (error) => resolve({ ok: false, code: error.code }));
    server.listen({ host, port, exclusive: true }, () => {
      const { port: bound } = server.address();
      server.close(() => resolve({ ok: true, port: bound }));
    });
  });
}

/** Whether nothing listens on this port on either loopback address. */
export async function portIsFree(port) {
  const v4 = await listenOnce("127.0.0.1", port);
  if (!v4.ok) return false;
  const v6 = await listenOnce("::1", port);
  // No IPv6 on this machine: only IPv4 matters.
  return v6.ok || v6.code === "EADDRNOTAVAIL" || v6.code === "EAFNOSUPPORT";
}

/** A free port chosen by the system (tried a few times, in case the IPv6 side is taken). */
export async function freePort() {
  for (let i = 0; i < 20; i++) {
    const picked = await listenOnce("127.0.0.1", 0);
    if (picked.ok && (await portIsFree(picked.port))) return picked.port;
  }
  throw new Error("no free TCP port found on loopback");
}
