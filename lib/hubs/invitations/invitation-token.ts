import { createHash, randomBytes } from "node:crypto";

/**
 * HB-7: an invitation link's token is the invitation's id and 32 random bytes; only its
 * SHA-256 is stored. A resend replaces the hash and keeps the old one (replaced-links.ts), so
 * the link page says "replaced" for a link the portal sent and "not valid" for any other
 * secret with a real id; the tokens themselves are kept nowhere.
 */
export function newInvitationToken(invitationId: string): { token: string; hash: string } {
  const token = `${invitationId}.${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The invitation id inside a token, or null when the token is not one of ours. */
export function invitationIdOf(token: string): string | null {
  const [id, secret, extra] = token.split(".");
  if (!id || !secret || extra !== undefined || !UUID.test(id) || !/^[A-Za-z0-9_-]{43}$/.test(secret)) return null;
  return id;
}
