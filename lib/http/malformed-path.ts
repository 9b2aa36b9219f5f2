/** Whether every percent-escape of the path decodes (Next answers 500 for one that does not). */
export function decodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const MALFORMED_PATH_MESSAGE = "This address is not valid: part of it is not properly encoded. Check the link, or start again from the portal.";

/** The readable 400 for a page address that does not decode: plain HTML, no script. */
export function malformedPathPage(): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>This address is not valid</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; color: #0f172a"><main><h1>This address is not valid</h1><p>${MALFORMED_PATH_MESSAGE}</p><p><a href="/">Go to the portal</a></p></main></body></html>`;
  return new Response(html, { status: 400, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}
