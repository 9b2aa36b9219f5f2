// A real OpenID Connect provider (the `oidc-provider` package) on loopback, for the
// end-to-end tests of SSO sign-in: scripts/e2e-server.mjs starts it before `next start` and
// hands the app its issuer and client (OIDC_* variables).
//
// It knows one client, the portal (redirect URI <app>/api/auth/callback/sso), and anyone
// who signs in on its login page with an email address and OIDC_TEST_PASSWORD; it vouches
// for that address (email_verified). Consent is pre-granted: the portal is first-party.
// Plain .mjs so that the server script can import it without a TypeScript loader.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import http from "node:http";
import Provider from "oidc-provider";

/** The provider's display name: the sign-in page shows "Sign in with <name>". */
export const OIDC_TEST_NAME = "Test SSO";
/** The password its login page accepts, for any address. */
export const OIDC_TEST_PASSWORD = "sso-test-password";
export const OIDC_TEST_CLIENT_ID = "account-portal-e2e";

const EMAIL = /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/;

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** "ada.lovelace@x.example" -> "Ada Lovelace": the name claim. */
function displayName(email) {
  return email
    .split("@")[0]
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join(" ");
}

function loginPage({ error, email = "" }) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${OIDC_TEST_NAME}: sign in</title></head>
<body><main><h1>${OIDC_TEST_NAME}</h1>
<form method="post" autocomplete="off">
  <p><label for="email">Email</label> <input id="email" name="email" type="email" required value="${escapeHtml(email)}"></p>
  <p><label for="password">Password</label> <input id="password" name="password" type="password" required></p>
  ${error ? `<p role="alert">${escapeHtml(error)}</p>` : ""}
  <button type="submit">Sign in</button>
</form></main></body></html>`;
}

async function readForm(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

/** The login interaction: a form, then "this person signed in" back to the provider. */
async function interaction(provider, req, res) {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name !== "login") throw new Error(`unexpected prompt ${details.prompt.name}`);
  const send = (status, html) => {
    res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.end(html);
  };
  if (req.method !== "POST") return send(200, loginPage({ email: details.params.login_hint ?? "" }));
  const form = await readForm(req);
  const email = (form.get("email") ?? "").trim().toLowerCase();
  if (!EMAIL.test(email) || form.get("password") !== OIDC_TEST_PASSWORD) {
    return send(200, loginPage({ email, error: "Unknown email or wrong password." }));
  }
  await provider.interactionFinished(req, res, { login: { accountId: email } }, { mergeWithLastSubmission: false });
}

/**
 * Starts the provider on 127.0.0.1 (port 0: any free one) for the app at `appOrigin`
 * (e.g. http://localhost:3100). Returns what the app's OIDC_* variables need, and close().
 */
export async function startOidcServer({ appOrigin, port = 0 }) {
  const server = http.createServer();
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const clientSecret = randomBytes(24).toString("base64url");
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_TEST_CLIENT_ID,
        client_secret: clientSecret,
        redirect_uris: [`${appOrigin}/api/auth/callback/sso`],
        response_types: ["code"],
        grant_types: ["authorization_code"],
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: "jwk" }), kid: "e2e", use: "sig", alg: "RS256" }] },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    features: { devInteractions: { enabled: false } },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    interactions: { url: (_ctx, i) => `/interaction/${i.uid}` },
    findAccount: (_ctx, sub) =>
      EMAIL.test(sub) ? { accountId: sub, claims: () => ({ sub, email: sub, email_verified: true, name: displayName(sub) }) } : undefined,
    // First-party client: grant its scopes without a consent screen.
    loadExistingGrant: async (ctx) => {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
    renderError: (ctx, out) => {
      ctx.type = "html";
      ctx.body = `<!doctype html><h1>${OIDC_TEST_NAME}: error</h1><p role="alert">${escapeHtml(out.error)}: ${escapeHtml(out.error_description ?? "")}</p>`;
    },
  });
  const handle = provider.callback();
  server.on("request", (req, res) => {
    if (!new URL(req.url ?? "/", issuer).pathname.startsWith("/interaction/")) return handle(req, res);
    interaction(provider, req, res).catch((error) => {
      console.error(`[oidc-server] interaction failed: ${error.message}`);
      if (!res.headersSent) res.writeHead(400, { "content-type": "text/plain" });
      res.end("The sign-in could not continue. Start again from the application.");
    });
  });

  return {
    issuer,
    clientId: OIDC_TEST_CLIENT_ID,
    clientSecret,
    name: OIDC_TEST_NAME,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
