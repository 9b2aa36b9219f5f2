/**
 * Records a purchase that arrived from the store or a reseller (PU Decision): the portal
 * has no shopping UI, so this command-line door calls the same operation as the seed.
 *
 *   npx tsx scripts/record-purchase.ts --account-name "Acme" --email ana@acme.example \
 *     --first Ana --last Ruiz --channel online --management named \
 *     --product ACD:5 --product F360:2 --term-start 2025-01-01 --renewal 2026-01-01
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { closeDb, getDb } from "@/db/client";
import { DomainError } from "@/lib/actions/result";
import { recordPurchaseInTransaction, type RecordPurchaseInput } from "@/lib/contracts/record-purchase";

const usage = `Usage: record-purchase (--account-id UUID | --account-name NAME) --email EMAIL --first NAME --last NAME
  --channel online|reseller --management named|classic --product CODE:SEATS [--product CODE:SEATS …]
  --term-start YYYY-MM-DD --renewal YYYY-MM-DD [--no-auto-renew] [--contract-number N] [--status active|expired]`;

function buildInput(argv: string[]): RecordPurchaseInput {
  const { values } = parseArgs({
    args: argv,
    options: {
      "account-id": { type: "string" },
      "account-name": { type: "string" },
      email: { type: "string" },
      first: { type: "string" },
      last: { type: "string" },
      channel: { type: "string" },
      management: { type: "string" },
      product: { type: "string", multiple: true },
      "term-start": { type: "string" },
      renewal: { type: "string" },
      "no-auto-renew": { type: "boolean" },
      "contract-number": { type: "string" },
      status: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  if (Boolean(values["account-id"]) === Boolean(values["account-name"])) {
    throw new UsageError("Give exactly one of --account-id and --account-name.");
  }
  const products = (values.product ?? []).map((spec) => {
    const match = /^([^:]+):(\d+)$/.exec(spec);
    if (!match) throw new UsageError(`--product expects CODE:SEATS, got "${spec}".`);
    return { productCode: match[1]!, seats: Number(match[2]) };
  });
  // Values are passed through unchecked: recordPurchase's zod schema validates them all.
  return {
    account: values["account-id"] ? { accountId: values["account-id"] } : { newAccountName: values["account-name"] ?? "" },
    purchaser: { email: values.email ?? "", firstName: values.first ?? "", lastName: values.last ?? "" },
    channel: values.channel as RecordPurchaseInput["channel"],
    management: values.management as RecordPurchaseInput["management"],
    products,
    termStart: values["term-start"] ?? "",
    renewalDate: values.renewal ?? "",
    autoRenew: !values["no-auto-renew"],
    contractNumber: values["contract-number"],
    status: values.status as RecordPurchaseInput["status"],
  };
}

class UsageError extends Error {}

function isParseArgsError(error: unknown): error is Error {
  return error instanceof Error && "code" in error && typeof error.code === "string" && error.code.startsWith("ERR_PARSE_ARGS");
}

async function main(): Promise<void> {
  const input = buildInput(process.argv.slice(2));
  const db = await getDb();
  const result = await recordPurchaseInTransaction(db, input);
  console.log(JSON.stringify(result, null, 2));
}

main()
  .catch((error: unknown) => {
    if (error instanceof z.ZodError) console.error(`Invalid purchase:\n${z.prettifyError(error)}`);
    else if (error instanceof UsageError || isParseArgsError(error)) {
      console.error(`${error.message}\n\n${usage}`);
    } else if (error instanceof DomainError) console.error(error.rule ? `${error.message} (${error.rule})` : error.message);
    else console.error(error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
