import { probedRoundTrips } from "@/lib/pages/round-trips";

/** The database round trips of a probed page request (DB_ROUND_TRIPS=count only; 404 otherwise). */
export async function GET(request: Request): Promise<Response> {
  const id = new URL(request.url).searchParams.get("id") ?? "";
  const n = probedRoundTrips(id);
  if (n === null) return Response.json({ ok: false, code: "not_found", message: "No such probe." }, { status: 404 });
  return Response.json({ ok: true, roundTrips: n });
}
