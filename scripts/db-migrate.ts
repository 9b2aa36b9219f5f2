// `npm run db:migrate`: applies the committed migrations to DATABASE_URL (or the embedded
// database): opening the database migrates it (seeding is the app's start's and
// `npm run db:seed`'s). Never run it on the folder a running app uses.
import { closeDb, getHandle } from "@/db/client";

const started = Date.now();
const handle = await getHandle();
console.log(`Migrated the ${handle.kind === "pglite" ? "embedded" : "PostgreSQL"} database in ${Date.now() - started} ms.`);
await closeDb();
