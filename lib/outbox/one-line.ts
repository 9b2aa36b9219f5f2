/**
 * A value shown on one line: line breaks and other control characters (a terminal's escape
 * sequences among them) become one space. For email subjects, and for `outbox:send -- --list`,
 * where a subject or a server's reply could otherwise forge lines of its own.
 */
export function oneLine(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ");
}
