import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { redirect } from "next/navigation";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { sessionPerson } from "@/lib/auth/revoke-sessions";
import { addNamedUser } from "@/lib/accounts/named-users/add-named-user";
import { unreachableDb } from "@/test/support/unreachable-db";
import { execute } from "./define-action";
import { runAction } from "./server-door";
import { DATABASE_UNREACHABLE_MESSAGE } from "./unexpected";

// Issue 14, "Faults": runAction read the actor (a query) outside the executor's failure handling,
// so a click during an outage threw and the whole page was replaced by Next's generic error page.

// The door's outside world, as in production but on a database that refuses connections:
// the actor is read from the database (the session's person and version), like currentActor().
const outage = vi.hoisted(() => ({ db: null as unknown as Db, signedIn: true }));
vi.mock("@/db/client", () => ({ getDb: async () => outage.db }));
vi.mock("@/lib/auth/actor", () => {
  const currentActor = async (): Promise<Actor | null> => {
    if (!outage.signedIn) return null;
    const person = await sessionPerson(outage.db, "a-person-id", 0);
    return person ? { personId: person.id, email: person.email, name: person.name ?? person.email } : null;
  };
  return {
    currentActor,
    requireActor: async () => (await currentActor()) ?? redirect("/sign-in"),
  };
});

let close: () => Promise<void>;
beforeAll(async () => {
  const refusing = await unreachableDb("refusing");
  outage.db = refusing.db;
  close = refusing.close;
});
afterAll(async () => {
  await close?.();
});

const input = { accountId: "00000000-0000-4000-8000-000000000000", email: "outage@example.test", firstName: "Out", lastName: "Age" };

describe("a server action while the database is unreachable", () => {
  it("reliability: runAction answers a typed failure saying nothing was changed, instead of throwing (reading the actor is inside the failure handling)", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    await expect(runAction(addNamedUser, input)).resolves.toEqual({ ok: false, code: "error", message: DATABASE_UNREACHABLE_MESSAGE });
  });

  it("reliability: execute itself never throws either, its rate-limit count included (route handlers and scripts call it directly)", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const actor = { personId: "a-person-id", email: "a@example.test", name: "A" };
    await expect(execute(outage.db, actor, addNamedUser, input)).resolves.toEqual({ ok: false, code: "error", message: DATABASE_UNREACHABLE_MESSAGE });
  });

  it("reliability: a signed-out visitor is still sent to sign-in (the redirect is not swallowed as a failure)", async () => {
    outage.signedIn = false;
    try {
      await expect(runAction(addNamedUser, input)).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;.*\/sign-in/) });
    } finally {
      outage.signedIn = true;
    }
  });
});
