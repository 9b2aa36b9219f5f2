import { describe, expect, it } from "vitest";
import { htmlFromText } from "./html-body";
import { oneLine } from "./one-line";

const body = (html: string) => html.slice(html.indexOf("<body"), html.indexOf("</body>"));

describe("the HTML part made from an email's text", () => {
  it("EM-1 escapes every character HTML gives meaning to, so a name cannot add markup", () => {
    const html = htmlFromText(`<script>alert("x")</script> & 'Eve' <b>`);
    expect(body(html)).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Eve&#39; &lt;b&gt;");
    expect(body(html)).not.toContain("<script");
    expect(body(html)).not.toContain("<b>");
  });

  it("EM-1 keeps paragraphs and line breaks, whatever the line endings", () => {
    expect(body(htmlFromText("Hello,\r\n\r\nline one\nline two\r\n\n\nBye"))).toContain("<p>Hello,</p>\n<p>line one<br>\nline two</p>\n<p>Bye</p>");
  });

  it("EM-1 turns http(s) URLs into links, leaves sentence punctuation outside, and escapes the URL in both places", () => {
    const html = body(htmlFromText("Accept: https://portal.example.com/invite/a?x=1&y=2. Or (https://portal.example.com/x), not ftp://x.test or javascript:alert(1)"));
    expect(html).toContain('Accept: <a href="https://portal.example.com/invite/a?x=1&amp;y=2">https://portal.example.com/invite/a?x=1&amp;y=2</a>. Or (');
    expect(html).toContain('(<a href="https://portal.example.com/x">https://portal.example.com/x</a>), not ftp://x.test or javascript:alert(1)');
    expect(html.match(/<a /g)).toHaveLength(2);
  });

  it("EM-1 a URL cannot break out of its attribute", () => {
    const html = body(htmlFromText(`https://x.test/"onmouseover="alert(1)`));
    expect(html).toContain('<a href="https://x.test/">https://x.test/</a>&quot;onmouseover=&quot;alert(1)');
  });
});

describe("one line", () => {
  it("EM-1 line breaks and control characters become one space", () => {
    expect(oneLine("Eve\r\nBcc: evil@example.com")).toBe("Eve Bcc: evil@example.com");
    expect(oneLine("a\u001b[2Jb\u2028c\td")).toBe("a [2Jb c d");
    expect(oneLine("plain Ünïcode")).toBe("plain Ünïcode");
  });
});
