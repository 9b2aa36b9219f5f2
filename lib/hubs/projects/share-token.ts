import { createHash, randomBytes } from "node:crypto";

/** A share link's token: 32 random bytes; only its SHA-256 is stored (HB-3). */
export function newShareToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashShareToken(token) };
}

export const hashShareToken = (token: string): string => createHash("sha256").update(token).digest("hex");

export const sharePath = (token: string) => `/share/${token}`;
