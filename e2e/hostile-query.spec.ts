import { expect, test } from "./fixtures";
import { PAGES, pageRoutes, type HostileParam } from "./support/pages";

// Issue 14, defect 3: the hub members and sent-invitations pages answered 500 for `?q=` of 201
// characters or with `%00`. Every page (found on the file system, app/**/page.tsx) is asked for
// with hostile query strings: none answers 5xx, and a page that reads the parameter answers the
// invalid-request page (components/ui/invalid-request.tsx) instead of a list it was not asked for.

const HOSTILE: [HostileParam, string][] = [
  ["q", `q=${"x".repeat(201)}`],
  ["q", "q=%00"],
  ["q", "q=a&q=b"],
  ["after", "after=zzz"],
  ["sort", "sort=nope"],
  ["status", "status=nope"],
];
const INVALID = 'data-testid="invalid-request"';
const withQuery = (url: string, query: string) => `${url}${url.includes("?") ? "&" : "?"}${query}`;

test("security: every page (app/**/page.tsx) has an entry saying who opens it and with which ids (e2e/support/pages.ts)", () => {
  const routes = pageRoutes();
  expect(routes.length).toBeGreaterThan(20);
  expect(routes.filter((r) => !PAGES[r]), "pages with no entry").toEqual([]);
  expect(Object.keys(PAGES).filter((r) => !routes.includes(r)), "entries with no page").toEqual([]);
});

test.describe("hostile query strings", () => {
  for (const route of pageRoutes()) {
    const entry = PAGES[route];
    if (!entry) continue;
    test.describe(`${route} as ${entry.persona}`, () => {
      if (entry.persona !== "visitor") test.use({ persona: entry.persona });
      test(`security: ${route} answers over-long, NUL, repeated, unknown sort and status and a bad cursor without a 5xx${entry.reads.length ? `, and says the address is invalid for ${entry.reads.join(", ")}` : ""}`, async ({ page }) => {
        test.slow();
        const url = await entry.url(page);
        for (const [param, query] of HOSTILE) {
          const response = await page.request.get(withQuery(url, query));
          const what = `${withQuery(url, query).slice(0, 120)}`;
          expect.soft(response.status(), `${what}: status`).toBeLessThan(500);
          const invalid = (await response.text()).includes(INVALID);
          expect.soft(invalid, `${what}: the invalid-request page`).toBe(entry.reads.includes(param));
        }
      });
    });
  }
});
