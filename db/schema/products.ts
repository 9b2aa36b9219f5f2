import { pgTable, text, uuid } from "drizzle-orm/pg-core";

/** The product catalogue. */
export const products = pgTable("products", {
  id: uuid("id").primaryKey().defaultRandom(),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
});
