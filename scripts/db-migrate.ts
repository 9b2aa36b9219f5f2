// `npm run db:migrate`: applies the committed migrations to DATABASE_URL (or the embedded
// database). Opening the database migrates it; on an empty embedded one it also seeds the
// demo world, as the app's first start would. Never run it on the folder a running app uses.
import { closeDb, getHandle } from "@/db/client";

const started = Date.now();
const handle = await getHandle();
console.log(`Migrated the ${handle.kind === "pglite" ? "embedded" : "PostgreSQL"} database in ${Date.now() - started} ms.`);
await closeDb();
