/** Turning an audit event's before/after JSON into lines a person can read (AU-2). Pure. */

export type AuditChange = { field: string; before: string | null; after: string | null };

/** "softwareCoordinator" → "Software coordinator", "sso_enforced" → "Sso enforced". */
export function fieldLabel(key: string): string {
  const words = key
    .replace(/[_-]+/g, " ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .trim()
    .toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : key;
}

export function formatAuditValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return "none";
    // Items that are objects have commas inside, so they are set apart with semicolons.
    return value.map(formatAuditValue).join(value.some((v) => v !== null && typeof v === "object") ? "; " : ", ");
  }
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${fieldLabel(k)}: ${formatAuditValue(v)}`)
      .join(", ");
  }
  return String(value);
}

/**
 * One line per field in before or after, in a stable order (after's fields first): a field
 * only in `after` was set, only in `before` was cleared, in both is a change "before → after".
 */
export function auditChanges(before: Record<string, unknown> | null, after: Record<string, unknown> | null): AuditChange[] {
  const keys = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])];
  return keys.map((k) => ({
    field: fieldLabel(k),
    before: before && k in before ? formatAuditValue(before[k]) : null,
    after: after && k in after ? formatAuditValue(after[k]) : null,
  }));
}
