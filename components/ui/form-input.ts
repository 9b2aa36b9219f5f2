/** A form's named text fields as an action's input; an empty field is left out, so the schema sees it as not given (e.g. "Top level" for a parent folder). */
export function formInput(data: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of data.entries()) if (typeof v === "string" && v !== "") out[k] = v;
  return out;
}
