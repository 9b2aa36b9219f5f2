import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq, like } from "drizzle-orm";
import { auditEvents, classicUsers, namedAssignments, namedUsers, outboxEmails, people, products } from "@/db/schema";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { lockNamedSeats } from "@/lib/seats/named-seats";
import { importNamedUsers, type ImportEvent } from "./import-named-users";

let w: DemoTestWorld;
let hybrid: string;

beforeAll(async () => {
  w = await createDemoWorldDb("import_users");
  hybrid = w.world.accountIds.hybrid;
});
afterAll(async () => {
  await w?.drop();
});

const productId = async (code: string) => (await w.db.select({ id: products.id }).from(products).where(eq(products.code, code)))[0]!.id;
const countWhere = async (table: typeof people | typeof outboxEmails, column: typeof people.email | typeof outboxEmails.to, domain: string) =>
  (await w.db.select({ n: count() }).from(table).where(like(column, `%@${domain}`)))[0]!.n;
const namedIn = async (domain: string) =>
  (await w.db.select({ n: count() }).from(namedUsers).innerJoin(people, eq(people.id, namedUsers.personId)).where(and(eq(namedUsers.accountId, hybrid), like(people.email, `%@${domain}`))))[0]!.n;

async function run(csv: string, as: Parameters<DemoTestWorld["actor"]>[0] = "primaryAdmin") {
  const events: ImportEvent[] = [];
  const last = await importNamedUsers(w.db, w.actor(as), hybrid, csv, (e) => events.push(e));
  return { last, events };
}

describe("CSV import of named users", () => {
  it("UM-5 row errors come back with their row numbers, and nothing is written", async () => {
    const csv = ["First name,Last name,E-mail,Products", "Ana,Ok,ana@imp1.test,ACD", ",Nofirst,nofirst@imp1.test,", "Bad,Email,not-an-email,", "Un,Known,unknown@imp1.test,ACD;NOPE", "Ana,Again,ANA@imp1.test,"].join("\n");
    const { last, events } = await run(csv);
    expect(last.type).toBe("failed");
    if (last.type !== "failed") return;
    expect(last.errors?.map((e) => e.row)).toEqual([3, 4, 5, 6]);
    expect(last.errors?.[0]?.messages.join(" ")).toContain("First name");
    expect(last.errors?.[2]?.messages.join(" ")).toContain("NOPE");
    expect(last.errors?.[3]?.messages.join(" ")).toContain("row 2");
    expect(events[0]).toEqual({ type: "parsed", rows: 5 });
    expect(events.some((e) => e.type === "writing")).toBe(false);
    expect(await countWhere(people, people.email, "imp1.test")).toBe(0);
  });

  it("UM-5 HY-2 EM-1 AU-1 users already in the account are skipped and reported; the rest are added, invited, with products, in one event", async () => {
    const audits = async () => (await w.db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.action, "named_users.imported")))[0]!.n;
    const before = await audits();
    const classicBefore = (await w.db.select({ n: count() }).from(classicUsers))[0]!.n;
    const csv = ["email,first,last,products", "new1@imp2.test,New,One,acd", "tom.fischer@northwind.example,Tom,Fischer,", "\"new2@imp2.test\",\"New, Jr\",Two,ACD;F360"].join("\r\n");
    const { last, events } = await run(csv, "secondaryAdmin");
    expect(last.type).toBe("done");
    if (last.type !== "done") return;
    expect(last.summary.added).toBe(2);
    expect(last.summary.skipped).toEqual([{ row: 3, email: "tom.fischer@northwind.example", reason: "Already a user of this account." }]);
    expect(last.summary.assigned).toEqual({ ACD: 2, F360: 1 });
    expect(events.filter((e) => e.type === "writing").at(-1)).toEqual({ type: "writing", done: 2, total: 2 });
    expect(await namedIn("imp2.test")).toBe(2);
    expect(await countWhere(outboxEmails, outboxEmails.to, "imp2.test")).toBe(2);
    expect(await audits()).toBe(before + 1);
    expect((await w.db.select({ n: count() }).from(classicUsers))[0]!.n).toBe(classicBefore);
    const [jr] = await w.db.select({ firstName: people.firstName }).from(people).where(eq(people.email, "new2@imp2.test"));
    expect(jr?.firstName).toBe("New, Jr");
  });

  it("UM-9 an import that needs more seats than are free is refused naming the product, and nothing is written", async () => {
    const inv = await productId("INV");
    const seats = await w.db.transaction((tx) => lockNamedSeats(tx, hybrid, inv));
    const free = seats.total - seats.assigned;
    const rows = Array.from({ length: free + 1 }, (_, i) => `Seat,Hungry${i},seat${i}@imp3.test,INV`);
    const { last } = await run(["first name,last name,email,products", ...rows].join("\n"));
    expect(last).toMatchObject({ type: "failed", rule: "UM-9" });
    if (last.type === "failed") expect(last.message).toContain("Inventor");
    expect(await countWhere(people, people.email, "imp3.test")).toBe(0);
    expect(await countWhere(outboxEmails, outboxEmails.to, "imp3.test")).toBe(0);
    const after = await w.db.transaction((tx) => lockNamedSeats(tx, hybrid, inv));
    expect(after.assigned).toBe(seats.assigned);
  });

  it("UM-5 HY-3 a contract manager's import is refused with the rule, before anything is written", async () => {
    const { last } = await run("a,b,refused@imp4.test,");
    expect(last.type).toBe("done"); // the primary admin's own import works without a header
    const refused = await run("c,d,refused2@imp4.test,", "contractManager");
    expect(refused.last).toMatchObject({ type: "failed", rule: "HY-3" });
    expect(await countWhere(people, people.email, "imp4.test")).toBe(1);
  });

  it("UM-5 UM-9 EM-1 AU-1 5,000 rows import in one transaction, with one audit event that counts them", async () => {
    const imported = () => w.db.select().from(auditEvents).where(eq(auditEvents.action, "named_users.imported"));
    const before = (await imported()).length;
    const acd = await productId("ACD");
    const seats = await w.db.transaction((tx) => lockNamedSeats(tx, hybrid, acd));
    const withAcd = Math.min(20, seats.total - seats.assigned);
    const rows = Array.from({ length: 5000 }, (_, i) => `Bulk${i},Person${i % 97},bulk${i}@imp5.test,${i < withAcd ? "ACD" : ""}`);
    const started = performance.now();
    const { last, events } = await run(["First Name,Last Name,Email Address,Products", ...rows].join("\n"));
    const ms = performance.now() - started;
    console.log(`[import] 5,000 rows in ${Math.round(ms)} ms`);
    expect(last.type).toBe("done");
    if (last.type !== "done") return;
    expect(last.summary.added).toBe(5000);
    expect(last.summary.assigned).toEqual({ ACD: withAcd });
    expect(events.filter((e) => e.type === "writing").map((e) => (e.type === "writing" ? e.done : 0))).toEqual([0, 500, 1000, 1500, 2000, 2500, 3000, 3500, 4000, 4500, 5000]);
    expect(await namedIn("imp5.test")).toBe(5000);
    expect(await countWhere(outboxEmails, outboxEmails.to, "imp5.test")).toBe(5000);
    const assigned = await w.db.select({ n: count() }).from(namedAssignments).innerJoin(people, eq(people.id, namedAssignments.personId)).where(like(people.email, "%@imp5.test"));
    expect(assigned[0]!.n).toBe(withAcd);
    // One event for the whole file (AU-1), on this account, naming everyone who came in; the time is printed above, not asserted.
    const events5000 = (await imported()).slice(before);
    expect(events5000).toHaveLength(1);
    expect(events5000[0]).toMatchObject({ accountId: hybrid, actorId: w.pid("primaryAdmin") });
    expect((events5000[0]!.after as { added: string[] }).added).toHaveLength(5000);
  }, 90_000);

  it("UM-5 a file whose only product column is unrecognised (Produkte) is refused naming it, and nothing is written", async () => {
    const csv = ["Vorname,Nachname,Email,Produkte", "Anna,Eins,anna@imp7.test,ACD", "Ben,Zwei,ben@imp7.test,ACD;INV", "Cem,Drei,cem@imp7.test,INV"].join("\n");
    const { last, events } = await run(csv);
    expect(last).toMatchObject({ type: "failed", message: expect.stringContaining("does not recognise the column “Produkte” and the file has no products column") });
    expect(events.some((e) => e.type === "writing")).toBe(false);
    expect(await countWhere(people, people.email, "imp7.test")).toBe(0);
  });

  it("UM-5 a column the import does not recognise is listed and nothing is imported until the person agrees to leave it out", async () => {
    // Elena imports (the other tests' imports count against Priya's rate limit); no products, so no seat is needed.
    const elena = w.actor("secondaryAdmin2");
    const csv = ["First name,Last name,Email,Products,Kostenstelle", "Dora,Vier,dora@imp8.test,,4711", "Emil,Fuenf,emil@imp8.test,,4712"].join("\n");
    const asked = await run(csv, "secondaryAdmin2");
    expect(asked.last).toEqual({ type: "confirm", rows: 2, ignoredColumns: ["Kostenstelle"], message: "The import does not recognise the column “Kostenstelle”: it will be ignored. Import 2 users without it?" });
    expect(await countWhere(people, people.email, "imp8.test")).toBe(0);
    // Agreeing to another list than the file's is no agreement.
    expect((await importNamedUsers(w.db, elena, hybrid, csv, () => {}, { ignoreColumns: ["Kosten"] })).type).toBe("confirm");
    const agreed = await importNamedUsers(w.db, elena, hybrid, csv, () => {}, { ignoreColumns: ["Kostenstelle"] });
    expect(agreed).toMatchObject({ type: "done", summary: { added: 2, skipped: [], replayed: false } });
    expect(await namedIn("imp8.test")).toBe(2);
  });

  it("UM-5 a file of more than 5,000 users is refused before anything is read into the account", async () => {
    const rows = Array.from({ length: 5001 }, (_, i) => `A,B,over${i}@imp6.test,`);
    const { last } = await run(rows.join("\n"));
    expect(last).toMatchObject({ type: "failed" });
    if (last.type === "failed") expect(last.message).toContain("5000");
    expect(await countWhere(people, people.email, "imp6.test")).toBe(0);
  });
});
