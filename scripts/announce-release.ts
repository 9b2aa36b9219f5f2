// Announces a product release to the contracts' software coordinators (CL-9):
//   npx tsx scripts/announce-release.ts --product ACD --version 2027 [--notes "..."]
import { parseArgs } from "node:util";
import { closeDb, getDb } from "@/db/client";
import { announceRelease } from "@/lib/contracts/announce-release";

const { values } = parseArgs({ options: { product: { type: "string" }, version: { type: "string" }, notes: { type: "string" } } });
const db = await getDb();
try {
  const outcome = await db.transaction((tx) => announceRelease(tx, { productCode: values.product ?? "", version: values.version ?? "", notes: values.notes }));
  for (const r of outcome.recipients) console.log(`${r.email}\tsoftware coordinator\tcontract ${r.contractNumber}`);
  console.log(`${outcome.recipients.length} emails to ${new Set(outcome.recipients.map((r) => r.personId)).size} software coordinators.`);
  if (outcome.alreadyTold.length) console.log(`${outcome.alreadyTold.length} contracts were told about this release before: nothing sent again.`);
  if (outcome.withoutCoordinator.length) console.log(`No software coordinator, nothing sent: contracts ${outcome.withoutCoordinator.map((c) => c.number).join(", ")}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await closeDb();
}
