/**
 * The hub projects access table (issue 10's "GitLab-style" table): every hub role × project
 * kind × the actor's project membership × project action, with the outcome the services
 * must give. One table, two readers: `access-table.test.ts` runs every cell against the
 * real services on PostgreSQL, and `/permissions?area=hubProjects` renders it.
 *
 * Cell codes: `A` allowed · `N` not found (the actor may not even know the project) ·
 * a rule ID = refused with that rule's reason (e.g. `PR-1`).
 * Each action's grid has one line per (hub role, membership) in ROWS order, and four
 * cells per line in KINDS order: folder-level, legacy Open, Closed, Secret.
 */
export const HUB_ROLES = ["admin", "member", "contributor", "deactivated", "outsider"] as const;
export type TableHubRole = (typeof HUB_ROLES)[number];
export const MEMBERSHIPS = ["none", "viewer", "editor", "project_admin"] as const;
export type TableMembership = (typeof MEMBERSHIPS)[number];
export const KINDS = ["folder", "open", "closed", "secret"] as const;
export type TableKind = (typeof KINDS)[number];

export const HUB_ROLE_TITLES: Record<TableHubRole, string> = {
  admin: "Hub Administrator",
  member: "Hub Member",
  contributor: "Project Contributor",
  deactivated: "Deactivated Hub Member",
  outsider: "Not in the hub",
};
export const MEMBERSHIP_TITLES: Record<TableMembership, string> = { none: "not a member", viewer: "Viewer", editor: "Editor", project_admin: "Project Administrator" };
export const KIND_TITLES: Record<TableKind, string> = { folder: "Folder-level", open: "Open", closed: "Closed", secret: "Secret" };

/** Outsiders have no project membership: one line for them. */
export const ROWS: readonly { hubRole: TableHubRole; membership: TableMembership }[] = HUB_ROLES.flatMap((hubRole): { hubRole: TableHubRole; membership: TableMembership }[] =>
  hubRole === "outsider" ? [{ hubRole, membership: "none" as const }] : MEMBERSHIPS.map((membership) => ({ hubRole, membership })),
);

export const TABLE_ACTIONS = [
  { key: "viewInList", label: "See it in the hub's projects list", rules: "HB-9 FP-2 FP-4 LP-2 LP-5 LP-6" },
  { key: "open", label: "Open the project", rules: "FP-4 LP-2 LP-5 LP-6 PR-1 HB-8" },
  { key: "readContent", label: "Read its content", rules: "PR-1 LP-5" },
  { key: "editContent", label: "Create, rename or delete content", rules: "PR-1 FP-1" },
  { key: "requestJoin", label: "Ask to join", rules: "FP-4 LP-5 LP-6 PR-2" },
  { key: "beInvited", label: "Be added by a hub administrator (as Viewer)", rules: "LP-2 HB-5 PR-1 HB-8" },
  { key: "invite", label: "Add a Hub Member as Viewer", rules: "PR-3 FP-1 FP-4" },
  { key: "createProject", label: "Create a project of this kind", rules: "FP-2 FP-4 LP-3 LP-5" },
  { key: "bePromoted", label: "Be made Project Administrator by a hub administrator", rules: "LP-3 FP-3 LP-5" },
  { key: "createGroup", label: "Create a hub group", rules: "PR-4 FP-3" },
  { key: "addGroup", label: "Add a group to the project", rules: "PR-4 PR-1" },
  { key: "transfer", label: "Transfer to another hub (Hub Member there)", rules: "PR-5 FP-3" },
  { key: "share", label: "Create a public share link (sharing on)", rules: "HB-3 PR-1" },
] as const;
export type TableAction = (typeof TABLE_ACTIONS)[number]["key"];

export type Expected = "A" | "N" | string;

// The grids: reviewed by hand against RULES.md; the test fails on any cell the services answer differently.
const GRIDS: Record<TableAction, string> = {
  viewInList: `
    A     A     A     A     # admin none
    A     A     A     A     # admin viewer
    A     A     A     A     # admin editor
    A     A     A     A     # admin project_admin
    A     A     A     N     # member none
    A     A     A     A     # member viewer
    A     A     A     A     # member editor
    A     A     A     A     # member project_admin
    N     N     N     N     # contributor none
    A     N     A     A     # contributor viewer
    A     N     A     A     # contributor editor
    A     N     A     A     # contributor project_admin
    N     N     N     N     # deactivated none
    N     N     N     N     # deactivated viewer
    N     N     N     N     # deactivated editor
    N     N     N     N     # deactivated project_admin
    N     N     N     N     # outsider none
  `,
  open: `
    HB-9  A     HB-9  HB-9  # admin none
    A     A     A     A     # admin viewer
    A     A     A     A     # admin editor
    A     A     A     A     # admin project_admin
    FP-4  A     LP-5  N     # member none
    A     A     A     A     # member viewer
    A     A     A     A     # member editor
    A     A     A     A     # member project_admin
    N     N     N     N     # contributor none
    A     N     A     A     # contributor viewer
    A     N     A     A     # contributor editor
    A     N     A     A     # contributor project_admin
    HB-8  HB-8  HB-8  N     # deactivated none
    HB-8  HB-8  HB-8  HB-8  # deactivated viewer
    HB-8  HB-8  HB-8  HB-8  # deactivated editor
    HB-8  HB-8  HB-8  HB-8  # deactivated project_admin
    N     N     N     N     # outsider none
  `,
  readContent: `
    HB-9  A     HB-9  HB-9  # admin none
    A     A     A     A     # admin viewer
    A     A     A     A     # admin editor
    A     A     A     A     # admin project_admin
    FP-4  A     LP-5  N     # member none
    A     A     A     A     # member viewer
    A     A     A     A     # member editor
    A     A     A     A     # member project_admin
    N     N     N     N     # contributor none
    A     N     A     A     # contributor viewer
    A     N     A     A     # contributor editor
    A     N     A     A     # contributor project_admin
    HB-8  HB-8  HB-8  N     # deactivated none
    HB-8  HB-8  HB-8  HB-8  # deactivated viewer
    HB-8  HB-8  HB-8  HB-8  # deactivated editor
    HB-8  HB-8  HB-8  HB-8  # deactivated project_admin
    N     N     N     N     # outsider none
  `,
  editContent: `
    PR-1  PR-1  PR-1  PR-1  # admin none
    PR-1  PR-1  PR-1  PR-1  # admin viewer
    A     A     A     A     # admin editor
    A     A     A     A     # admin project_admin
    PR-1  PR-1  PR-1  N     # member none
    PR-1  PR-1  PR-1  PR-1  # member viewer
    A     A     A     A     # member editor
    A     A     A     A     # member project_admin
    N     N     N     N     # contributor none
    PR-1  N     PR-1  PR-1  # contributor viewer
    A     N     A     A     # contributor editor
    A     N     A     A     # contributor project_admin
    HB-8  HB-8  HB-8  N     # deactivated none
    HB-8  HB-8  HB-8  HB-8  # deactivated viewer
    HB-8  HB-8  HB-8  HB-8  # deactivated editor
    HB-8  HB-8  HB-8  HB-8  # deactivated project_admin
    N     N     N     N     # outsider none
  `,
  requestJoin: `
    A     A     A     LP-6  # admin none
    PR-2  PR-2  PR-2  PR-2  # admin viewer
    PR-2  PR-2  PR-2  PR-2  # admin editor
    PR-2  PR-2  PR-2  PR-2  # admin project_admin
    A     A     A     N     # member none
    PR-2  PR-2  PR-2  PR-2  # member viewer
    PR-2  PR-2  PR-2  PR-2  # member editor
    PR-2  PR-2  PR-2  PR-2  # member project_admin
    N     N     N     N     # contributor none
    PR-2  N     PR-2  PR-2  # contributor viewer
    PR-2  N     PR-2  PR-2  # contributor editor
    PR-2  N     PR-2  PR-2  # contributor project_admin
    HB-8  HB-8  HB-8  N     # deactivated none
    HB-8  HB-8  HB-8  HB-8  # deactivated viewer
    HB-8  HB-8  HB-8  HB-8  # deactivated editor
    HB-8  HB-8  HB-8  HB-8  # deactivated project_admin
    N     N     N     N     # outsider none
  `,
  beInvited: `
    A     A     A     A     # admin none
    PR-1  PR-1  PR-1  PR-1  # admin viewer
    PR-1  PR-1  PR-1  PR-1  # admin editor
    PR-1  PR-1  PR-1  PR-1  # admin project_admin
    A     A     A     A     # member none
    PR-1  PR-1  PR-1  PR-1  # member viewer
    PR-1  PR-1  PR-1  PR-1  # member editor
    PR-1  PR-1  PR-1  PR-1  # member project_admin
    A     LP-2  A     A     # contributor none
    PR-1  PR-1  PR-1  PR-1  # contributor viewer
    PR-1  PR-1  PR-1  PR-1  # contributor editor
    PR-1  PR-1  PR-1  PR-1  # contributor project_admin
    HB-8  HB-8  HB-8  HB-8  # deactivated none
    PR-1  PR-1  PR-1  PR-1  # deactivated viewer
    PR-1  PR-1  PR-1  PR-1  # deactivated editor
    PR-1  PR-1  PR-1  PR-1  # deactivated project_admin
    N     LP-2  N     N     # outsider none
  `,
  invite: `
    A     A     A     A     # admin none
    A     A     A     A     # admin viewer
    A     A     A     A     # admin editor
    A     A     A     A     # admin project_admin
    PR-3  PR-3  PR-3  N     # member none
    A     A     A     A     # member viewer
    A     A     A     A     # member editor
    A     A     A     A     # member project_admin
    N     N     N     N     # contributor none
    A     N     A     A     # contributor viewer
    A     N     A     A     # contributor editor
    A     N     A     A     # contributor project_admin
    HB-8  HB-8  HB-8  N     # deactivated none
    HB-8  HB-8  HB-8  HB-8  # deactivated viewer
    HB-8  HB-8  HB-8  HB-8  # deactivated editor
    HB-8  HB-8  HB-8  HB-8  # deactivated project_admin
    N     N     N     N     # outsider none
  `,
  createProject: `
    A     A     A     A     # admin none
    A     A     A     A     # admin viewer
    A     A     A     A     # admin editor
    A     A     A     A     # admin project_admin
    A     A     A     A     # member none
    A     A     A     A     # member viewer
    A     A     A     A     # member editor
    A     A     A     A     # member project_admin
    FP-2  FP-2  FP-2  FP-2  # contributor none
    FP-2  FP-2  FP-2  FP-2  # contributor viewer
    FP-2  FP-2  FP-2  FP-2  # contributor editor
    FP-2  FP-2  FP-2  FP-2  # contributor project_admin
    HB-8  HB-8  HB-8  HB-8  # deactivated none
    HB-8  HB-8  HB-8  HB-8  # deactivated viewer
    HB-8  HB-8  HB-8  HB-8  # deactivated editor
    HB-8  HB-8  HB-8  HB-8  # deactivated project_admin
    N     N     N     N     # outsider none
  `,
  bePromoted: `
    PR-1  PR-1  PR-1  PR-1  # admin none
    A     A     A     A     # admin viewer
    A     A     A     A     # admin editor
    PR-1  PR-1  PR-1  PR-1  # admin project_admin
    PR-1  PR-1  PR-1  PR-1  # member none
    A     A     A     A     # member viewer
    A     A     A     A     # member editor
    PR-1  PR-1  PR-1  PR-1  # member project_admin
    PR-1  PR-1  PR-1  PR-1  # contributor none
    A     LP-3  LP-3  LP-3  # contributor viewer
    A     LP-3  LP-3  LP-3  # contributor editor
    PR-1  PR-1  PR-1  PR-1  # contributor project_admin
    PR-1  PR-1  PR-1  PR-1  # deactivated none
    A     A     A     A     # deactivated viewer
    A     A     A     A     # deactivated editor
    PR-1  PR-1  PR-1  PR-1  # deactivated project_admin
    PR-1  PR-1  PR-1  PR-1  # outsider none
  `,
  createGroup: `
    A     A     A     A     # admin none
    A     A     A     A     # admin viewer
    A     A     A     A     # admin editor
    A     A     A     A     # admin project_admin
    PR-4  PR-4  PR-4  PR-4  # member none
    PR-4  PR-4  PR-4  PR-4  # member viewer
    PR-4  PR-4  PR-4  PR-4  # member editor
    A     A     A     A     # member project_admin
    FP-3  FP-3  FP-3  FP-3  # contributor none
    FP-3  FP-3  FP-3  FP-3  # contributor viewer
    FP-3  FP-3  FP-3  FP-3  # contributor editor
    FP-3  FP-3  FP-3  FP-3  # contributor project_admin
    HB-8  HB-8  HB-8  HB-8  # deactivated none
    HB-8  HB-8  HB-8  HB-8  # deactivated viewer
    HB-8  HB-8  HB-8  HB-8  # deactivated editor
    HB-8  HB-8  HB-8  HB-8  # deactivated project_admin
    N     N     N     N     # outsider none
  `,
  addGroup: `
    A     A     A     A     # admin none
    A     A     A     A     # admin viewer
    A     A     A     A     # admin editor
    A     A     A     A     # admin project_admin
    PR-1  PR-1  PR-1  N     # member none
    PR-1  PR-1  PR-1  PR-1  # member viewer
    PR-1  PR-1  PR-1  PR-1  # member editor
    A     A     A     A     # member project_admin
    N     N     N     N     # contributor none
    FP-3  N     FP-3  FP-3  # contributor viewer
    FP-3  N     FP-3  FP-3  # contributor editor
    FP-3  N     FP-3  FP-3  # contributor project_admin
    HB-8  HB-8  HB-8  N     # deactivated none
    HB-8  HB-8  HB-8  HB-8  # deactivated viewer
    HB-8  HB-8  HB-8  HB-8  # deactivated editor
    HB-8  HB-8  HB-8  HB-8  # deactivated project_admin
    N     N     N     N     # outsider none
  `,
  transfer: `
    A     A     A     A     # admin none
    A     A     A     A     # admin viewer
    A     A     A     A     # admin editor
    A     A     A     A     # admin project_admin
    PR-5  PR-5  PR-5  N     # member none
    PR-5  PR-5  PR-5  PR-5  # member viewer
    PR-5  PR-5  PR-5  PR-5  # member editor
    A     A     A     A     # member project_admin
    N     N     N     N     # contributor none
    FP-3  N     FP-3  FP-3  # contributor viewer
    FP-3  N     FP-3  FP-3  # contributor editor
    FP-3  N     FP-3  FP-3  # contributor project_admin
    HB-8  HB-8  HB-8  N     # deactivated none
    HB-8  HB-8  HB-8  HB-8  # deactivated viewer
    HB-8  HB-8  HB-8  HB-8  # deactivated editor
    HB-8  HB-8  HB-8  HB-8  # deactivated project_admin
    N     N     N     N     # outsider none
  `,
  share: `
    PR-1  PR-1  PR-1  PR-1  # admin none
    PR-1  PR-1  PR-1  PR-1  # admin viewer
    PR-1  PR-1  PR-1  PR-1  # admin editor
    A     A     A     A     # admin project_admin
    PR-1  PR-1  PR-1  N     # member none
    PR-1  PR-1  PR-1  PR-1  # member viewer
    PR-1  PR-1  PR-1  PR-1  # member editor
    A     A     A     A     # member project_admin
    N     N     N     N     # contributor none
    PR-1  N     PR-1  PR-1  # contributor viewer
    PR-1  N     PR-1  PR-1  # contributor editor
    A     N     A     A     # contributor project_admin
    HB-8  HB-8  HB-8  N     # deactivated none
    HB-8  HB-8  HB-8  HB-8  # deactivated viewer
    HB-8  HB-8  HB-8  HB-8  # deactivated editor
    HB-8  HB-8  HB-8  HB-8  # deactivated project_admin
    N     N     N     N     # outsider none
  `,
};

function parse(grid: string): Expected[][] {
  const lines = grid.trim().split("\n").map((l) => l.replace(/#.*$/, "").trim().split(/\s+/));
  if (lines.length !== ROWS.length || lines.some((l) => l.length !== KINDS.length)) throw new Error("access table: a grid has the wrong shape");
  return lines;
}

export type TableCell = { action: TableAction; hubRole: TableHubRole; membership: TableMembership; kind: TableKind; expected: Expected };

/** Every cell of the table, in order. */
export function accessTableCells(): TableCell[] {
  const cells: TableCell[] = [];
  for (const { key } of TABLE_ACTIONS) {
    const grid = parse(GRIDS[key]);
    ROWS.forEach((row, i) => KINDS.forEach((kind, j) => cells.push({ action: key, ...row, kind, expected: grid[i]![j]! })));
  }
  return cells;
}

export const cellWord = (e: Expected) => (e === "A" ? "Allowed" : e === "N" ? "Not found" : `Refused (${e})`);
