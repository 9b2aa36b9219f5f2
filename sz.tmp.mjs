import { chromium } from "@playwright/test";
const base = "http://localhost:3511";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage();
await page.goto(base + "/sign-in");
await page.getByLabel("Email", { exact: true }).fill("priya.raman@northwind.example");
await page.getByLabel("Password", { exact: true }).fill("portal-demo");
await page.getByRole("button", { name: "Sign in with password" }).click();
await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"));
for (const a of ["projects"]) {
  const r = await page.request.get(`${base}/permissions?area=${a}`);
  const t = await r.text();
  const flight = [...t.matchAll(/self\.__next_f\.push\((.*?)\)<\/script>/gs)].reduce((n, m) => n + m[1].length, 0);
  console.log(a, t.length, "flight", flight);
}
if (process.argv[2]) { const r = await page.request.get(`${base}/permissions?area=${process.argv[2]}`); (await import("fs")).writeFileSync("/tmp/pm.html", await r.text()); }
await browser.close();
