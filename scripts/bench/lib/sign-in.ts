/** A tiny cookie jar: enough for Auth.js's csrf, callback and session cookies. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      if (at > 0) this.cookies.set(pair!.slice(0, at).trim(), pair!.slice(at + 1).trim());
    }
  }

  has(prefix: string): boolean {
    return [...this.cookies.keys()].some((name) => name.includes(prefix));
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/**
 * Signs in through the real demo-password sign-in (Auth.js credentials provider
 * "password"): GET the CSRF token, POST the form, keep the cookies. Returns the Cookie
 * header that makes later requests the signed-in person.
 */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const jar = new CookieJar();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  jar.take(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/password`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/` }),
  });
  jar.take(response);
  if (!jar.has("session-token")) {
    throw new Error(`Sign-in as ${email} failed (${response.status} → ${response.headers.get("location") ?? "no redirect"})`);
  }
  return jar.header();
}
