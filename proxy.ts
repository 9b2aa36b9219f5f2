import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { publicHost, publicOrigin, publicUrlIsHttps, syncAuthUrl } from "@/lib/config/public-url";
import { checkActionRequest } from "@/lib/http/action-body";
import { MALFORMED_PATH_MESSAGE, decodablePath, malformedPathPage } from "@/lib/http/malformed-path";
import { CROSS_ORIGIN_MESSAGE, SAFE_METHODS, sameOrigin } from "@/lib/http/origin";
import { ROUTE_CSP, makeNonce, pageCsp, securityHeaders } from "@/lib/http/security-headers";

// Every request but static assets passes here (see README, Security). In order:
//  0. a path whose percent-escapes do not decode is a readable 400 (Next would answer 500);
//  1. a data-changing request must come from the portal's own origin (CSRF), except Auth.js's
//     endpoints, which check their own CSRF token;
//  2. a server action's body must be one Next.js can decode, else a readable 400/413;
//  3. signed-out visitors of a page behind sign-in go to /sign-in (a courtesy: every
//     service checks the actor itself);
//  4. the request is told the portal's public host, so nothing downstream (Next's server
//     action origin check, Auth.js) believes a Host or X-Forwarded-Host a client sent;
//  5. every response gets the security headers, pages a CSP with a fresh nonce.
syncAuthUrl();
const { auth } = NextAuth(authConfig);

const PUBLIC = /^\/(sign-in(\/|$)|api\/auth\/|api\/health(\/|$)|invite\/|share\/|s\/|dev\/mailbox(\/|$)|robots\.txt$)/;
const dev = process.env.NODE_ENV === "development";

function withHeaders(response: Response, csp: string): Response {
  for (const [name, value] of Object.entries(securityHeaders(csp, { https: publicUrlIsHttps(), dev }))) response.headers.set(name, value);
  return response;
}

const refuse = (status: number, code: string, message: string) => Response.json({ ok: false, code, message }, { status, headers: { "cache-control": "no-store" } });

export default auth(async (request) => {
  const { pathname } = request.nextUrl;
  const isRoute = pathname.startsWith("/api/");
  const nonce = makeNonce();
  const csp = isRoute ? ROUTE_CSP : pageCsp(nonce, { https: publicUrlIsHttps(), dev });

  if (!decodablePath(pathname)) return withHeaders(isRoute ? refuse(400, "invalid", MALFORMED_PATH_MESSAGE) : malformedPathPage(), isRoute ? ROUTE_CSP : csp);

  if (!SAFE_METHODS.has(request.method) && !pathname.startsWith("/api/auth/") && !sameOrigin(request.headers)) {
    return withHeaders(refuse(403, "forbidden_origin", CROSS_ORIGIN_MESSAGE), ROUTE_CSP);
  }
  // Server actions: fetch calls carry Next-Action; a form posted without JavaScript posts to the page itself.
  if (request.method === "POST" && (request.headers.has("next-action") || !isRoute)) {
    const refused = await checkActionRequest(request);
    if (refused) return withHeaders(refuse(refused.status, "invalid", refused.message), ROUTE_CSP);
  }
  if (!request.auth?.user && !PUBLIC.test(pathname)) {
    const signIn = new URL("/sign-in", publicOrigin());
    signIn.searchParams.set("callbackUrl", `${pathname}${request.nextUrl.search}`);
    return withHeaders(NextResponse.redirect(signIn), csp);
  }

  const headers = new Headers(request.headers);
  headers.set("x-forwarded-host", publicHost());
  headers.set("x-forwarded-proto", publicUrlIsHttps() ? "https" : "http");
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  return withHeaders(NextResponse.next({ request: { headers } }), csp);
});

export const config = {
  // Everything but the build's static files: pages, server actions, route handlers, Auth.js.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
