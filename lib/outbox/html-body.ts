/**
 * The HTML part of an email, made from its plain text (the text is what the portal writes):
 * every character escaped, blank lines as paragraphs, line breaks kept, and http(s) URLs as
 * links. Sentence punctuation after a URL stays outside the link.
 */
const URL_PATTERN = /(https?:\/\/[^\s<>"']+)/g;

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

function linkify(line: string): string {
  return line
    .split(URL_PATTERN)
    .map((part, i) => {
      if (i % 2 === 0) return escapeHtml(part);
      const url = part.replace(/[.,;:!?)\]]+$/, "");
      const link = escapeHtml(url);
      return `<a href="${link}">${link}</a>${escapeHtml(part.slice(url.length))}`;
    })
    .join("");
}

export function htmlFromText(text: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n(?:[ \t]*\n)+/)
    .filter((p) => p.trim() !== "")
    .map((p) => `<p>${p.split("\n").map(linkify).join("<br>\n")}</p>`);
  return `<!doctype html>\n<html><head><meta charset="utf-8"></head><body style="font-family: sans-serif; line-height: 1.5">\n${paragraphs.join("\n")}\n</body></html>\n`;
}
