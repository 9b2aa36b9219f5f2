import { randomBytes, scryptSync, timingSafeEqual } from "node:crypto";

/**
 * Demo-password hashing: `scrypt$<saltHex>$<hashHex>` with node's default cost (N=16384),
 * a random 16-byte salt and a 64-byte key. The seed writes these hashes and the sign-in
 * code checks them with `verifyPassword`.
 */
const KEY_LENGTH = 64;

export function hashPassword(plain: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(plain, salt, KEY_LENGTH);
  return `scrypt$${salt.toString("hex")}$${hash.toString("hex")}`;
}

export function verifyPassword(plain: string, stored: string): boolean {
  const [scheme, saltHex, hashHex] = stored.split("$");
  if (scheme !== "scrypt" || !saltHex || !hashHex || stored.split("$").length !== 3) return false;
  if (!/^[0-9a-f]+$/i.test(saltHex) || !/^[0-9a-f]+$/i.test(hashHex)) return false;
  const expected = Buffer.from(hashHex, "hex");
  if (expected.length === 0) return false;
  const actual = scryptSync(plain, Buffer.from(saltHex, "hex"), expected.length);
  // Constant-time comparison, so timing says nothing about how much of the hash matched.
  return timingSafeEqual(actual, expected);
}
