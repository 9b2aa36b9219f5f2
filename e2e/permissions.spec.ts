import { CATALOG } from "../lib/permissions/catalog";
import { buildPermissionMatrix, type MatrixCell } from "../lib/permissions/matrix";
import { expect, test } from "./fixtures";

// The page is generated from the policy's catalogue and `decide`; these tests hold the
// rendered table to the same data, so what is shown is what is enforced.
const matrix = buildPermissionMatrix();
const expectedRows = matrix.groups.flatMap((g) => g.rows);

function word(cell: MatrixCell): string {
  return cell.allowed ? "Allowed" : cell.visible ? "Denied" : "Not found";
}

type RenderedRow = { action: string; cells: string[] };

test.describe("the permission matrix", () => {
  test.use({ persona: "primaryAdmin" });

  test("shows every catalogue action for every role, each cell allowed or denied with its rule, as decide() answers", async ({ page }) => {
    // One area of the catalogue per view, each reached from the area links.
    const rendered: RenderedRow[] = [];
    for (const group of matrix.groups) {
      await page.goto(`/permissions?area=${group.group}`);
      await expect(page.getByRole("heading", { name: "Permission matrix" })).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Areas" }).getByRole("link", { name: group.label, exact: true })).toHaveAttribute("aria-current", "page");
      const table = page.getByRole("table", { name: `Permission matrix: ${group.label}, actions by role` });

      // One column per role, in the policy's order.
      const headers = (await table.locator("thead th").allTextContents()).map((t) => t.trim());
      expect(headers.slice(1)).toEqual(matrix.columns.map((c) => c.label));

      rendered.push(
        ...(await table.locator("tbody tr[data-action]").evaluateAll((rows) =>
          rows.map((row) => ({
            action: row.getAttribute("data-action") ?? "",
            cells: Array.from(row.querySelectorAll("td"), (td) => (td.textContent ?? "").replace(/\s+/g, " ").trim()),
          })),
        )),
      );
    }

    // Every action of the catalogue, and nothing else, each in each of its situations.
    expect(new Set(rendered.map((r) => r.action))).toEqual(new Set(CATALOG.map((e) => e.key)));
    expect(rendered.map((r) => r.action)).toEqual(expectedRows.map((r) => r.action));

    expectedRows.forEach((row, i) => {
      matrix.columns.forEach((column, j) => {
        const cell = row.cells[column.key];
        const text = rendered[i]?.cells[j] ?? "";
        expect(text, `${row.action} (${row.situation}) for ${column.label}`).toContain(cell.rule);
        expect(text, `${row.action} (${row.situation}) for ${column.label}`).toContain(word(cell));
      });
    });
  });

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

  test("each area's view of the matrix is at most 150 KB of HTML, and an unknown area shows the first", async ({ page }) => {
    for (const group of matrix.groups) {
      const response = await page.request.get(`/permissions?area=${group.group}`);
      expect(response.status()).toBe(200);
      const bytes = (await response.body()).length;
      expect(bytes, `${group.group}: ${bytes} bytes`).toBeLessThanOrEqual(150_000);
    }
    await page.goto("/permissions?area=nope");
    await expect(page.getByRole("heading", { name: matrix.groups[0]!.label, level: 2 })).toBeVisible();
  });
});
