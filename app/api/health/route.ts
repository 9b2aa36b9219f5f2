import { getDb } from "@/db/client";
import { healthResponse } from "@/lib/http/health";

/** Liveness and database reachability: 200, or 503 when the database does not answer within 2 s (lib/http/health.ts). */
export async function GET() {
  return healthResponse(getDb);
}
