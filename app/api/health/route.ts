import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

/** Liveness and database reachability, for load balancers and the test harness. */
export async function GET() {
  const db = await getDb();
  await db.execute(sql`select 1`);
  return Response.json({ ok: true });
}
