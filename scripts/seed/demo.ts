/**
 * `npm run db:seed`: seeds the demo world into the configured database (PGlite by default,
 * PostgreSQL with DATABASE_URL) unless it already has accounts, then prints a summary.
 */
import { count } from "drizzle-orm";
import { closeDb, getHandle } from "@/db/client";
import {
  accounts,
  classicUsers,
  contracts,
  hubMembers,
  invitations,
  namedAssignments,
  namedUsers,
  outboxEmails,
  people,
  products,
  projects,
} from "@/db/schema";
import { seedDemoWorld } from "@/lib/demo/demo";
import { DEMO_PASSWORD, personas } from "@/lib/demo/personas";

async function main(): Promise<void> {
  // Opening migrates; the demo world is seeded here (and by the app's start), never by db/.
  const { db, kind } = await getHandle();
  const [row] = await db.select({ n: count() }).from(accounts);
  if ((row?.n ?? 0) > 0) {
    console.log(`The database (${kind}) already has accounts: the demo world is present or real data is; nothing seeded.`);
  } else {
    const started = performance.now();
    const summary = await seedDemoWorld(db);
    if (!summary) console.log("Another process seeded the database meanwhile; nothing seeded.");
    else console.log(`Seeded the demo world into ${kind} in ${Math.round(performance.now() - started)} ms.`);
  }

  const tables = { products, people, accounts, contracts, namedUsers, namedAssignments, classicUsers, hubMembers, projects, invitations, outboxEmails };
  const counts: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) {
    const [c] = await db.select({ n: count() }).from(table);
    counts[name] = c?.n ?? 0;
  }
  console.table(counts);
  console.log(`Demo sign-ins (password "${DEMO_PASSWORD}" while demo sign-in is on):`);
  for (const [role, p] of Object.entries(personas)) console.log(`  ${role.padEnd(20)} ${p.email}`);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
