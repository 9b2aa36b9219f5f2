/** A path template's `{key}`s filled from an action's result (e.g. the new hub's id); a missing key stays as written. */
export function fillPath(template: string, data: unknown): string {
  const values = (data ?? {}) as Record<string, unknown>;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = values[key];
    return typeof v === "string" || typeof v === "number" ? encodeURIComponent(String(v)) : whole;
  });
}
