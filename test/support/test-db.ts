import postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import * as schema from "@/db/schema";
import type { Db } from "@/db/client";
import { migrate } from "@/db/migrate";
import { testTemplates } from "./test-templates";

/** The server integration tests run against: DATABASE_URL when set, else the machine's local one. */
export function adminUrl(): string {
  return process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
}

export type TestDb = { db: Db; url: string; drop: () => Promise<void> };

/**
 * A fresh, migrated database of its own on the real PostgreSQL server, dropped by `drop()`:
 * a clone of the run's template (test-templates.ts) when there is one, the demo world
 * already seeded in it when `template` is "demo".
 * A test that needs PostgreSQL and cannot reach it fails here: it never skips.
 */
export async function createTestDb(label = "t", template: "base" | "demo" = "base"): Promise<TestDb> {
  const base = new URL(adminUrl());
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(base.hostname)) {
    throw new Error(`Refusing to create test databases on a non-local server (${base.hostname}).`);
  }
  const name = `portal_test_${label.replace(/\W/g, "").slice(0, 20)}_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`.toLowerCase();
  const templates = testTemplates();
  const admin = postgres(base.toString(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(templates ? `create database "${name}" template "${templates[template]}"` : `create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  const client = postgres(url.toString(), { max: 20, onnotice: () => {} });
  const db = drizzle(client, { schema }) as unknown as Db;
  if (!templates) await migrate(db, "postgres");
  return {
    db,
    url: url.toString(),
    drop: async () => {
      await client.end();
      const a = postgres(base.toString(), { max: 1, onnotice: () => {} });
      try {
        await a.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await a.end();
      }
    },
  };
}
