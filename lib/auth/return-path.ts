/**
 * Where sign-in sends a person back to (e.g. the invitation link they opened signed out):
 * only a path of this portal, never another site ("//evil.example", "https://…"), else "/".
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || value.length > 500) return "/";
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if (!/^\/[A-Za-z0-9\-._~/%?=&]*$/.test(value)) return "/";
  return value;
}
