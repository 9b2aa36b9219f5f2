// Announces a product release to the contracts' software coordinators (CL-9):
//   npx tsx scripts/announce-release.ts --product ACD --version 2027 [--notes "..."]
import { parseArgs } from "node:util";
import { closeDb, getDb } from "@/db/client";
import { announceRelease } from "@/lib/contracts/announce-release";

const { values } = parseArgs({ options: { product: { type: "string" }, version: { type: "string" }, notes: { type: "string" } } });
const db = await getDb();
try {
  const recipients = await db.transaction((tx) => announceRelease(tx, { productCode: values.product ?? "", version: values.version ?? "", notes: values.notes }));
  for (const r of recipients) console.log(`${r.email}\t${r.as}\tcontract ${r.contractId}`);
  console.log(`${new Set(recipients.map((r) => r.personId)).size} people emailed about ${recipients.length} contracts.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await closeDb();
}
