import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";
import { demoHubName } from "../../lib/demo/personas";
import { accountIdFromStart, contractIdsOn, hubIdOn, personIdOn, productIdOn } from "./account-ids";
import { personas, type PersonaKey } from "./personas";

// Every page of the portal, from the file system (app/**/page.tsx), with who opens it and how
// its ids are read from the pages (as a person would). A spec generated from this list covers a
// new page automatically, and fails until the page has its entry here.

/** The query parameters e2e/hostile-query.spec.ts sends to every page. */
export const HOSTILE_PARAMS = ["q", "after", "sort", "status"] as const;
export type HostileParam = (typeof HOSTILE_PARAMS)[number];

export type PageEntry = {
  /** Who opens the page: a demo persona's saved session, or a signed-out visitor. */
  persona: PersonaKey | "visitor";
  /** The page's address with real ids. `page` is signed in as `persona`. */
  url: (page: Page) => Promise<string>;
  /** Which of HOSTILE_PARAMS the page reads: a bad value there answers the invalid-request page. */
  reads: readonly HostileParam[];
};

const appDir = fileURLToPath(new URL("../../app/", import.meta.url));

/** Every page's route pattern ("/accounts/[accountId]/users"), route groups left out. */
export function pageRoutes(): string[] {
  const files = readdirSync(appDir, { recursive: true, encoding: "utf8" }).filter((f) => path.basename(f) === "page.tsx");
  return files
    .map((f) => {
      const segments = path.dirname(f).split(path.sep).filter((s) => s !== "." && !/^\(.*\)$/.test(s));
      return `/${segments.join("/")}`;
    })
    .sort();
}

const home = (p: Page) => accountIdFromStart(p);
const firstContract = async (p: Page) => {
  const account = await home(p);
  return `/accounts/${account}/contracts/${(await contractIdsOn(p, account))[0]}`;
};
const demoHub = async (p: Page) => {
  await p.goto("/");
  return `/hubs/${await hubIdOn(p, demoHubName)}`;
};

/** A classic contract's page, from the Classic contracts list (its manager sees it). */
export async function classicContractHref(p: Page): Promise<string> {
  const account = await home(p);
  await p.goto(`/accounts/${account}/contracts`);
  const href = await p.getByRole("region", { name: /Classic contracts/ }).getByTestId("contract-row").first().getByRole("link").first().getAttribute("href");
  if (!href) throw new Error("no classic contract link");
  return href;
}

/** Omar Haddad's page across both views, from the classic users list. */
export async function personAcrossViewsHref(p: Page): Promise<string> {
  const account = await home(p);
  await p.goto(`/accounts/${account}/contracts?q=omar.haddad`);
  const href = await p.getByTestId("classic-across").getByRole("link", { name: "Omar Haddad" }).first().getAttribute("href");
  if (!href) throw new Error("no link to Omar Haddad");
  return href;
}

/** A project of the demo hub, from the hub's projects table. */
export async function projectHref(p: Page, name = "Supplier Tooling"): Promise<string> {
  await p.goto(await demoHub(p));
  const href = await p.getByTestId("projects-table").getByRole("link", { name, exact: true }).getAttribute("href");
  if (!href) throw new Error(`no link to ${name}`);
  return href;
}

export async function namedUserHref(p: Page): Promise<string> {
  const account = await home(p);
  const me = personas.namedUser;
  return `/accounts/${account}/users/${await personIdOn(p, account, me.email, `${me.firstName} ${me.lastName}`)}`;
}

const NO_TOKEN = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

export const PAGES: Record<string, PageEntry> = {
  "/": { persona: "primaryAdmin", url: async () => "/", reads: [] },
  "/accounts/[accountId]": { persona: "primaryAdmin", url: async (p) => `/accounts/${await home(p)}`, reads: [] },
  "/accounts/[accountId]/activity": { persona: "primaryAdmin", url: async (p) => `/accounts/${await home(p)}/activity`, reads: ["after"] },
  "/accounts/[accountId]/admins": { persona: "primaryAdmin", url: async (p) => `/accounts/${await home(p)}/admins`, reads: [] },
  "/accounts/[accountId]/contracts": { persona: "primaryAdmin", url: async (p) => `/accounts/${await home(p)}/contracts`, reads: ["q", "after"] },
  "/accounts/[accountId]/contracts/[contractId]": { persona: "contractManager", url: firstContract, reads: ["q", "after"] },
  "/accounts/[accountId]/contracts/[contractId]/activity": { persona: "contractManager", url: async (p) => `${await firstContract(p)}/activity`, reads: ["after"] },
  "/accounts/[accountId]/contracts/[contractId]/billing": { persona: "contractManager", url: async (p) => `${await classicContractHref(p)}/billing`, reads: [] },
  "/accounts/[accountId]/contracts/[contractId]/move-preview": { persona: "contractManager", url: async (p) => `${await classicContractHref(p)}/move-preview`, reads: [] },
  "/accounts/[accountId]/contracts/[contractId]/roles": { persona: "contractManager", url: async (p) => `${await classicContractHref(p)}/roles`, reads: [] },
  "/accounts/[accountId]/contracts/[contractId]/users": { persona: "contractManager", url: async (p) => `${await classicContractHref(p)}/users`, reads: ["q", "after"] },
  "/accounts/[accountId]/mismatches": { persona: "primaryAdmin", url: async (p) => `/accounts/${await home(p)}/mismatches`, reads: ["after"] },
  "/accounts/[accountId]/people/[personId]": { persona: "primaryAdmin", url: personAcrossViewsHref, reads: [] },
  "/accounts/[accountId]/products": { persona: "primaryAdmin", url: async (p) => `/accounts/${await home(p)}/products`, reads: [] },
  "/accounts/[accountId]/products/[productId]": {
    persona: "primaryAdmin",
    url: async (p) => {
      const account = await home(p);
      return `/accounts/${account}/products/${await productIdOn(p, account, "AutoCAD")}`;
    },
    reads: ["q", "after"],
  },
  "/accounts/[accountId]/sso": { persona: "primaryAdmin", url: async (p) => `/accounts/${await home(p)}/sso`, reads: [] },
  "/accounts/[accountId]/users": { persona: "primaryAdmin", url: async (p) => `/accounts/${await home(p)}/users`, reads: ["q", "after", "sort", "status"] },
  "/accounts/[accountId]/users/[userId]": { persona: "primaryAdmin", url: namedUserHref, reads: [] },
  "/dev/mailbox": { persona: "primaryAdmin", url: async () => "/dev/mailbox", reads: [] },
  "/hubs": { persona: "primaryAdmin", url: async () => "/hubs", reads: [] },
  "/hubs/[hubId]": { persona: "hubAdmin", url: demoHub, reads: ["q", "after"] },
  "/hubs/[hubId]/activity": { persona: "hubAdmin", url: async (p) => `${await demoHub(p)}/activity`, reads: ["after"] },
  "/hubs/[hubId]/invitations": { persona: "hubAdmin", url: async (p) => `${await demoHub(p)}/invitations`, reads: ["q", "after", "status"] },
  "/hubs/[hubId]/members": { persona: "hubAdmin", url: async (p) => `${await demoHub(p)}/members`, reads: ["q", "after", "sort", "status"] },
  "/hubs/[hubId]/projects/[projectId]": { persona: "hubAdmin", url: (p) => projectHref(p), reads: [] },
  "/hubs/[hubId]/settings": { persona: "hubAdmin", url: async (p) => `${await demoHub(p)}/settings`, reads: [] },
  "/invitations": { persona: "hubMember", url: async () => "/invitations", reads: [] },
  "/invite/[token]": { persona: "hubMember", url: async () => "/invite/not-a-token", reads: [] },
  "/permissions": { persona: "primaryAdmin", url: async () => "/permissions", reads: [] },
  "/s/[token]": { persona: "visitor", url: async () => `/s/${NO_TOKEN}`, reads: [] },
  "/share/[token]": { persona: "visitor", url: async () => `/share/${NO_TOKEN}`, reads: [] },
  "/sign-in": { persona: "visitor", url: async () => "/sign-in", reads: [] },
  "/sign-in/check-email": { persona: "visitor", url: async () => "/sign-in/check-email", reads: [] },
};
