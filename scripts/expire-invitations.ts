// `npm run invitations:expire`: HB-7's expire transition, run by the clock (e.g. hourly from
// cron): pending invitations past their 7 days become expired, each audited (AU-1).
import { closeDb, getDb } from "@/db/client";
import { expireInvitations } from "@/lib/hubs/invitations/expire-invitations";

const n = await expireInvitations(await getDb());
console.log(`invitations: ${n} expired`);
await closeDb();
