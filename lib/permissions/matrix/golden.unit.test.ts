import { describe, expect, it } from "vitest";
import { buildPermissionMatrix } from ".";
import { decide } from "../decide";
import type { ActorFacts } from "../types";

// The whole matrix, every role in every situation, with the rule and the reason it is told,
// kept as a reviewed file (__snapshots__/permission-matrix.txt): any change of what the policy
// decides or says shows up as a diff in review. After an intended policy change, regenerate
// it with `npx vitest run --project unit lib/permissions/matrix-golden.unit.test.ts -u` and read the diff.
describe("the permission matrix, in full", () => {
  it("UM-7 CL-8 HB-9 every decision of the matrix, with its rule and reason, is the reviewed one", async () => {
    const matrix = buildPermissionMatrix();
    const mark = { allowed: "allowed", denied: "denied", hidden: "not found" } as const;
    const lines = matrix.groups.flatMap((g) =>
      g.rows.flatMap((r) => [
        `${r.action}${r.situation ? ` [${r.situation}]` : ""}`,
        ...matrix.columns.map((c) => {
          const cell = r.cells[c.key];
          return `  ${c.key.padEnd(19)} ${mark[cell.allowed ? "allowed" : cell.visible ? "denied" : "hidden"].padEnd(9)} ${cell.rule.padEnd(5)} ${cell.reason}`;
        }),
      ]),
    );
    await expect(`${lines.join("\n")}\n`).toMatchFileSnapshot("./__snapshots__/permission-matrix.txt");
  });

  it("UM-7 facts of the account that hold no role at all count as no role: the account is not found", () => {
    const account = { accountId: "acct-1", hasNamedContract: true, hasClassicContract: true };
    const roleless: ActorFacts = {
      personId: "p-1",
      account: { accountId: "acct-1", adminRole: null, ssoAdmin: false, namedUser: false, classicUser: false, contractRoles: [] },
      hub: null,
      project: null,
    };
    for (const action of ["account.viewByUser", "account.viewClassic", "contracts.viewList", "admins.view", "sso.view", "hubs.create"] as const) {
      expect(decide(roleless, action, { kind: "account", account }), action).toMatchObject({ allowed: false, visible: false, rule: "UM-7" });
    }
  });
});
