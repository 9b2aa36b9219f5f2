// `npm run outbox:send`: delivers every due email once (SMTP when SMTP_URL is set, else the
// development mailbox where it is on) and exits. With neither, emails stay in the outbox.
//   --list          print the emails not delivered yet (when, status, to, subject; no bodies:
//                   they hold sign-in links), and deliver nothing
//   --requeue-dead  put dead emails back in the queue first
import { closeDb, getDb } from "@/db/client";
import { deliveryMode } from "@/lib/outbox/delivery-mode";
import { formatUndelivered, listUndelivered } from "@/lib/outbox/list-undelivered";
import { requeueDead, sendDueEmails } from "@/lib/outbox/sender";

const db = await getDb();
const mode = await deliveryMode(db);
if (process.argv.includes("--list")) {
  const rows = await listUndelivered(db);
  for (const r of rows) console.log(formatUndelivered(r));
  console.log(`outbox: ${rows.length} undelivered email${rows.length === 1 ? "" : "s"}; delivery: ${mode}`);
} else {
  if (process.argv.includes("--requeue-dead")) console.log(`requeued ${await requeueDead(db)} dead emails`);
  let total = { sent: 0, retried: 0, dead: 0 };
  for (;;) {
    const r = await sendDueEmails(db);
    total = { sent: total.sent + r.sent, retried: total.retried + r.retried, dead: total.dead + r.dead };
    if (r.sent + r.retried + r.dead === 0) break;
  }
  console.log(`outbox: ${total.sent} sent, ${total.retried} to retry, ${total.dead} dead`);
  if (mode === "outbox") console.log("No SMTP_URL and no development mailbox: emails stay in the outbox. See them with `npm run outbox:send -- --list`.");
}
await closeDb();
