/**
 * A server action's request body, checked before Next.js decodes it. Next hands the body to
 * React's reply decoder, which throws on a body that is not a JSON argument list ("null", not
 * JSON) and overflows the stack on deep nesting, and Next answers those, and a body over its
 * size limit, with a 500. Our actions take one small object, so anything else is refused here
 * with a readable 400 (413 for size) before any action runs, and nothing is written.
 */
export const ACTION_BODY_MAX_BYTES = 1024 * 1024;
/** Far deeper than any of our inputs (an object holding a list of ids is 3). */
export const ACTION_MAX_DEPTH = 32;

export type BodyRefusal = { status: 400 | 413; message: string };

const tooLarge: BodyRefusal = { status: 413, message: "The request is larger than 1 MB, so it was refused." };
const invalid = (why: string): BodyRefusal => ({ status: 400, message: `The request is invalid: ${why}.` });

/** Nesting depth of JSON text, by one scan that skips strings (no recursion, so no stack to overflow). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91 /* { [ */) max = Math.max(max, ++depth);
    else if (c === 125 || c === 93 /* } ] */) depth--;
  }
  return max;
}

/** The arguments of a fetch action (text/plain): a JSON array, not too deep. */
export function checkJsonArguments(text: string): BodyRefusal | null {
  if (jsonDepth(text) > ACTION_MAX_DEPTH) return invalid(`its data is nested more than ${ACTION_MAX_DEPTH} levels deep`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return invalid("its body is not JSON");
  }
  if (!Array.isArray(value)) return invalid("its body is not a list of arguments");
  return null;
}

/** The parts of a multipart action (forms, or arguments holding files): each JSON part checked for depth. */
export function checkMultipartParts(parts: Iterable<[string, FormDataEntryValue]>): BodyRefusal | null {
  for (const [, value] of parts) {
    if (typeof value === "string" && jsonDepth(value) > ACTION_MAX_DEPTH) return invalid(`its data is nested more than ${ACTION_MAX_DEPTH} levels deep`);
  }
  return null;
}

/** Reads a body up to `max` bytes; null when it is longer. */
export async function readCapped(body: ReadableStream<Uint8Array> | null, max = ACTION_BODY_MAX_BYTES): Promise<Uint8Array | null> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      // Not awaited: cancelling one branch of a cloned (tee'd) body settles only with the other.
      reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The whole check of a server action request (a POST with `Next-Action`, or a form posted to a page). */
export async function checkActionRequest(request: Request): Promise<BodyRefusal | null> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > ACTION_BODY_MAX_BYTES) return tooLarge;
  const bytes = await readCapped(request.clone().body);
  if (!bytes) return tooLarge;
  const type = request.headers.get("content-type") ?? "";
  if (type.toLowerCase().startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      // The boundary is case-sensitive: the header goes on as it came.
      form = await new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]), { headers: { "content-type": type } }).formData();
    } catch {
      return invalid("its form data cannot be read");
    }
    return checkMultipartParts(form.entries());
  }
  return checkJsonArguments(new TextDecoder().decode(bytes));
}
