// `npm run outbox:send`: delivers every due email once (SMTP when SMTP_URL is set) and exits.
import { closeDb, getDb } from "@/db/client";
import { requeueDead, sendDueEmails } from "@/lib/outbox/sender";

const db = await getDb();
if (process.argv.includes("--requeue-dead")) console.log(`requeued ${await requeueDead(db)} dead emails`);
let total = { sent: 0, retried: 0, dead: 0 };
for (;;) {
  const r = await sendDueEmails(db);
  total = { sent: total.sent + r.sent, retried: total.retried + r.retried, dead: total.dead + r.dead };
  if (r.sent + r.retried + r.dead === 0) break;
}
console.log(`outbox: ${total.sent} sent, ${total.retried} to retry, ${total.dead} dead`);
await closeDb();
