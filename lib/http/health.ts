import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { DATABASE_UNREACHABLE_MESSAGE } from "@/lib/actions/unexpected";

/** How long the database may take to answer `select 1` before the portal counts as down. */
export const HEALTH_TIMEOUT_MS = 2_000;

const noStore = { "cache-control": "no-store" };

/**
 * Liveness and database reachability, for load balancers and the test harness: 200 `{ ok: true }`
 * when the database answers within the timeout, else 503 with a readable JSON body (a balancer
 * then sends people to an instance that works). Opening the database is inside the timeout too.
 */
export async function healthResponse(open: () => Promise<Db>, timeoutMs = HEALTH_TIMEOUT_MS): Promise<Response> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  const ping = (async () => {
    const db = await open();
    await db.execute(sql`select 1`);
    return "ok" as const;
  })();
  try {
    const outcome = await Promise.race([ping, timeout]);
    if (outcome === "ok") return Response.json({ ok: true }, { headers: noStore });
    // The query may still finish (or fail) later: nobody waits for it, and its failure is not unhandled.
    ping.catch(() => undefined);
    return unavailable(`no answer within ${timeoutMs} ms`);
  } catch (error) {
    return unavailable(error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
}

function unavailable(reason: string): Response {
  console.error(`health: the database is unreachable (${reason})`);
  return Response.json({ ok: false, code: "database_unreachable", message: DATABASE_UNREACHABLE_MESSAGE }, { status: 503, headers: noStore });
}
