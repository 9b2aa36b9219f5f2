import { publicOrigin } from "@/lib/config/public-url";

/**
 * CSRF protection for requests that change data: browsers send `Origin` with every POST
 * (fetch and form alike), and a page on another site cannot make it say ours. So a
 * data-changing request must carry an Origin equal to the portal's public URL (AUTH_URL);
 * one without Origin (not a browser, or a very old one) or from elsewhere is refused. The
 * Host and X-Forwarded-Host headers play no part: a client can set them to anything.
 */
export function sameOrigin(headers: Headers, env: Record<string, string | undefined> = process.env): boolean {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  try {
    return new URL(origin).origin === publicOrigin(env);
  } catch {
    return false;
  }
}

export const CROSS_ORIGIN_MESSAGE = "This request did not come from the portal's own pages (its Origin is missing or another site's), so it was refused.";

/** 403 for a data-changing request from another origin (or none); null when it may go on. */
export function refuseCrossOrigin(request: Request): Response | null {
  if (sameOrigin(request.headers)) return null;
  return Response.json({ ok: false, code: "forbidden_origin", message: CROSS_ORIGIN_MESSAGE }, { status: 403 });
}

/** Methods that never change data (RFC 9110 safe methods); everything else needs the Origin check. */
export const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
