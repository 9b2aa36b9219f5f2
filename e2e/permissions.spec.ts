import { CATALOG } from "../lib/permissions/catalog";
import { buildPermissionMatrix, type MatrixCell } from "../lib/permissions/matrix";
import { expect, test } from "./fixtures";

// The page is generated from the policy's catalogue and `decide`; these tests hold the
// rendered table to the same data, so what is shown is what is enforced.
const matrix = buildPermissionMatrix();

function word(cell: MatrixCell): string {
  return cell.allowed ? "Allowed" : cell.visible ? "Denied" : "Not found";
}

type RenderedRow = { action: string; cells: string[] };

test.describe("the permission matrix", () => {
  test.use({ persona: "primaryAdmin" });

  test("the area links together list every catalogue action, each in one area", async () => {
    expect(new Set(matrix.groups.flatMap((g) => g.rows.map((r) => r.action)))).toEqual(new Set(CATALOG.map((e) => e.key)));
  });

  // One area of the catalogue per view, each reached from the area links.
  for (const group of matrix.groups) {
    test(`the ${group.label} area shows each of its actions for every role, each cell allowed or denied with its rule, as decide() answers`, async ({ page }) => {
      await page.goto(`/permissions?area=${group.group}`);
      await expect(page.getByRole("heading", { name: "Permission matrix" })).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Areas" }).getByRole("link", { name: group.label, exact: true })).toHaveAttribute("aria-current", "page");
      const table = page.getByRole("table", { name: `Permission matrix: ${group.label}, actions by role` });

      // One column per role, in the policy's order.
      const headers = (await table.locator("thead th").allTextContents()).map((t) => t.trim());
      expect(headers.slice(1)).toEqual(matrix.columns.map((c) => c.label));

      const rendered: RenderedRow[] = await table.locator("tbody tr[data-action]").evaluateAll((rows) =>
        rows.map((row) => ({
          action: row.getAttribute("data-action") ?? "",
          cells: Array.from(row.querySelectorAll("td"), (td) => (td.textContent ?? "").replace(/\s+/g, " ").trim()),
        })),
      );

      // Every action of the area, and nothing else, each in each of its situations.
      expect(rendered.map((r) => r.action)).toEqual(group.rows.map((r) => r.action));
      group.rows.forEach((row, i) => {
        matrix.columns.forEach((column, j) => {
          const cell = row.cells[column.key];
          const text = rendered[i]?.cells[j] ?? "";
          expect(text, `${row.action} (${row.situation}) for ${column.label}`).toContain(cell.rule);
          expect(text, `${row.action} (${row.situation}) for ${column.label}`).toContain(word(cell));
        });
      });
    });
  }

  test("UM-6 CL-3 the matrix shows renewal and billing denied to the primary admin and allowed to the contract manager", async ({ page }) => {
    await page.goto("/permissions?area=contracts");
    const table = page.getByRole("table").first();
    const column = (key: string) => matrix.columns.findIndex((c) => c.key === key);
    const billing = table.locator('tbody tr[data-action="contracts.manageBilling"]').first();

    const primary = billing.locator("td").nth(column("primaryAdmin"));
    await expect(primary).toContainText("Denied");
    await expect(primary).toContainText("UM-6");
    const manager = billing.locator("td").nth(column("contractManager"));
    await expect(manager).toContainText("Allowed");
    await expect(manager).toContainText("CL-3");
  });

  test("each area's view of the matrix is at most 150 KB of HTML, and an unknown area says the address is invalid", async ({ page }) => {
    const sizes: string[] = [];
    for (const group of matrix.groups) {
      const response = await page.request.get(`/permissions?area=${group.group}`);
      expect(response.status()).toBe(200);
      const bytes = (await response.body()).length;
      sizes.push(`${group.group} ${(bytes / 1024).toFixed(1)} KB`);
      expect(bytes, `${group.group}: ${bytes} bytes`).toBeLessThanOrEqual(150_000);
    }
    console.log(`permission matrix views: ${sizes.join(", ")}`);
    // Every page reads its query through lib/pages/page-query.ts (issue 14): an address it cannot honour says so.
    await page.goto("/permissions?area=nope");
    await expect(page.getByTestId("invalid-request")).toContainText("Area:");
    await page.getByRole("link", { name: "Start again" }).click();
    await expect(page.getByRole("heading", { name: matrix.groups[0]!.label, level: 2 })).toBeVisible();
  });
});
