import { emailAddress, text } from "@/lib/input/schemas";
import { defineAction } from "@/lib/actions/define-action";
import { addedAudits, insertClassicUsers } from "./classic-user-rows";
import { contractRef, lockedContractFacts, MAX_BATCH } from "./contract-input";

export const addClassicUsersInput = contractRef.extend({
  /** A pasted list: addresses separated by new lines, commas, semicolons or spaces (as Bulk Add takes them). */
  list: text({ min: 1, max: 60_000, minMessage: "Paste at least one email address." }),
});

export type PastedAddressResult = { entry: string; outcome: "added" | "already" | "invalid" | "duplicate"; personCreated?: boolean; message: string };

const address = emailAddress();

/** Splits a pasted list into entries, each checked as an email address (`Name <a@b.c>` is read as a@b.c). */
export function parsePastedList(list: string): { entry: string; email: string | null }[] {
  const entries = list
    .split(/[\n\r,;]+/)
    .map((piece) => piece.trim())
    .filter(Boolean)
    .flatMap((piece) => (piece.match(/[^<>]*<[^<>]+>|[^\s<>]+/g) ?? []).map((e) => e.trim()));
  return entries.map((entry) => {
    const inside = /<([^<>]+)>/.exec(entry)?.[1] ?? entry;
    const parsed = address.safeParse(inside);
    return { entry, email: parsed.success ? parsed.data : null };
  });
}

/**
 * Adds many classic users at once from a pasted list (CL-3, CL-8; HY-2: User Management is
 * untouched). Each address gets its own result: added (a new person when unknown), already
 * a user, invalid, or repeated in the list. Valid addresses are added even when others are
 * not, like Autodesk Account's Bulk Add; the whole list is one transaction.
 */
export const addClassicUsers = defineAction({
  input: addClassicUsersInput.superRefine((v, ctx) => {
    const n = parsePastedList(v.list).length;
    if (n > MAX_BATCH) ctx.addIssue({ code: "custom", path: ["list"], message: `Paste at most ${MAX_BATCH} addresses at once (this list has ${n}).` });
    if (n === 0) ctx.addIssue({ code: "custom", path: ["list"], message: "Paste at least one email address." });
  }),
  action: "contracts.manageClassicUsers",
  facts: (tx, input, actor) => lockedContractFacts(tx, actor, input),
  run: async (tx, { accountId, contractId, list }) => {
    const entries = parsePastedList(list);
    const seen = new Set<string>();
    const wanted: string[] = [];
    const results: PastedAddressResult[] = entries.map(({ entry, email }) => {
      if (!email) return { entry, outcome: "invalid", message: "Not a valid email address." };
      if (seen.has(email)) return { entry, outcome: "duplicate", message: "Already earlier in the list." };
      seen.add(email);
      wanted.push(email);
      return { entry, outcome: "added", message: "" };
    });
    const added = await insertClassicUsers(tx, contractId, wanted.map((email) => ({ email, firstName: "", lastName: "" })));
    const byEmail = new Map(added.map((a) => [a.email, a]));
    for (const [i, r] of results.entries()) {
      const email = entries[i]!.email;
      if (r.outcome !== "added" || !email) continue;
      const a = byEmail.get(email)!;
      if (!a.added) Object.assign(r, { outcome: "already", message: "Already a classic user of this contract." });
      else Object.assign(r, { personCreated: a.personCreated, message: a.personCreated ? "Added (new to the portal)." : "Added." });
    }
    const audit = await addedAudits(tx, accountId, contractId, added.filter((a) => a.added));
    return { data: { results, added: audit.length }, audit };
  },
  revalidate: ({ accountId, contractId }) => [`/accounts/${accountId}/contracts/${contractId}`, `/accounts/${accountId}/contracts`],
});
