import type { Db } from "@/db/client";

/** What Auth.js's `auth()` answers: the session's person and its session version (lib/auth/config.ts). */
export type SweepSession = { user: { id: string }; sessionVersion: number; expires: string };

/**
 * The auth boundary and the database handle as the doors see them during one cell: the
 * sweep's test mocks `auth()` (lib/auth/auth.ts) to answer `session` and `getDb()`
 * (db/client.ts) to answer `db`, the cell's own transaction. Everything between
 * (currentActor's session-version check, requireActor's redirect, the route doors) is real.
 */
export const doorState: { db: Db | null; session: SweepSession | null } = { db: null, session: null };
