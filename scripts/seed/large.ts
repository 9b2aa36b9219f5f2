/**
 * `npm run seed:large -- --users 100000 [--account-name NAME] [--domain DOMAIN] [--allow-embedded]`
 *
 * Seeds one large named account (for the By User benchmark) into the database of
 * DATABASE_URL: contracts through the purchase operation, then people, named users,
 * secondary admins and product assignments in bulk. The primary admin signs in as
 * bench.admin@<domain> with the demo password.
 */
import { parseArgs } from "node:util";
import { closeDb, getHandle } from "@/db/client";
import { DEMO_PASSWORD } from "@/lib/demo/personas";
import { seedLargeAccount } from "./large-account";
import { seedLargeClassic } from "./large-classic";
import { seedLargeHub } from "./large-hub";
import { largeHubEmails, seedLargeHubProjects } from "./large-hub-projects";

const usage = "Usage: seed-large [--users N] [--classic-contracts N] [--classic-users N] [--account-name NAME] [--domain DOMAIN] [--secondary-admins N] [--hub-members N] [--hub-invitations N] [--hub-projects N] [--allow-embedded]";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      users: { type: "string", default: "100000" },
      "account-name": { type: "string", default: "Large Bench Corp" },
      domain: { type: "string", default: "large.example" },
      "secondary-admins": { type: "string", default: "5" },
      // Classic User Management in the same account (issue 8): 0 contracts skips it.
      "classic-contracts": { type: "string", default: "2000" },
      "classic-users": { type: "string", default: "50000" },
      "allow-embedded": { type: "boolean", default: false },
      // A large hub of the account: members and invitations (issue 9), projects (issue 10).
      "hub-members": { type: "string", default: "10000" },
      "hub-invitations": { type: "string", default: "2000" },
      "hub-projects": { type: "string", default: "2000" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const users = Number(values.users);
  if (!Number.isInteger(users) || users < 10) throw new Error(`--users must be an integer of at least 10\n${usage}`);
  // Bulk inserts into the embedded database take minutes; PostgreSQL is what this is for.
  if (!process.env.DATABASE_URL && !values["allow-embedded"]) {
    throw new Error("DATABASE_URL is not set: this would seed the embedded PGlite database, which is slow. Pass --allow-embedded to do it anyway.");
  }

  const started = performance.now();
  const { db, kind } = await getHandle();
  console.log(`Seeding ${users} named users into ${kind}…`);
  const summary = await seedLargeAccount(db, {
    users,
    accountName: values["account-name"],
    domain: values.domain.toLowerCase(),
    secondaryAdmins: Number(values["secondary-admins"]),
    log: (message) => console.log(`  ${message}`),
  });
  const classicContracts = Number(values["classic-contracts"]);
  const classic =
    classicContracts > 0
      ? await seedLargeClassic(db, { accountId: summary.accountId, domain: values.domain.toLowerCase(), contracts: classicContracts, classicUsers: Number(values["classic-users"]), log: (message) => console.log(`  ${message}`) })
      : null;
  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  console.table({
    account: summary.accountId,
    "named users": summary.namedUsers,
    assignments: summary.assignments,
    contracts: summary.contracts,
    ...(classic ? { "classic contracts": classic.contracts, "classic users": classic.classicUsers, "classic assignments": classic.assignments } : {}),
  });
  console.log(`Sign in as ${summary.adminEmail} with "${DEMO_PASSWORD}" and open /accounts/${summary.accountId}/users`);

  // A hub of the account with many members and invitations (issue 9) and projects of every kind (issue 10).
  const hubMembers = Number(values["hub-members"]);
  if (hubMembers > 0) {
    const hub = await seedLargeHub(db, { accountId: summary.accountId, domain: values.domain.toLowerCase(), members: hubMembers, invitations: Number(values["hub-invitations"]), log: (message) => console.log(`  ${message}`) });
    console.log(`Hub ${hub.hubId}: ${hub.members} members, ${hub.invitations} invitations; its administrator is ${hub.adminEmail} (people made here have no password: sign in by email link)`);
    const hubProjects = Number(values["hub-projects"]);
    if (hubProjects > 0) {
      const domain = values.domain.toLowerCase();
      await seedLargeHubProjects(db, { hubId: hub.hubId, projects: hubProjects, domain, log: (message) => console.log(`  ${message}`) });
      const emails = largeHubEmails(domain);
      console.log(`Its ${hubProjects} projects: sign in as ${emails.admin}, ${emails.member} or ${emails.contributor} with "${DEMO_PASSWORD}" and open /hubs/${hub.hubId}`);
    }
  }
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
