/** Whether a word of `text` starts with `q` (case-insensitive): the palette's prefix match for names held in memory. */
export function matchesWords(text: string, q: string): boolean {
  const needle = q.toLowerCase();
  const hay = text.toLowerCase();
  return hay.startsWith(needle) || hay.includes(` ${needle}`);
}
