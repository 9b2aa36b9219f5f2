import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { instanceSettings } from "@/db/schema";

/** Whether the demo world was seeded into this database (lib/demo marks it in instance_settings). */
export async function demoWorldPresent(db: Db): Promise<boolean> {
  const [row] = await db.select({ key: instanceSettings.key }).from(instanceSettings).where(eq(instanceSettings.key, "demo_world")).limit(1);
  return Boolean(row);
}
