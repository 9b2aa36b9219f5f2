import { getDb } from "@/db/client";
import { currentActor } from "@/lib/auth/actor";
import { signOut } from "@/lib/auth/auth";
import { revokeSessions } from "@/lib/auth/revoke-sessions";

export function SignOutButton() {
  return (
    <form
      action={async () => {
        "use server";
        const actor = await currentActor();
        if (actor) await revokeSessions(await getDb(), actor.personId);
        await signOut({ redirectTo: "/sign-in" });
      }}
    >
      <button type="submit" className="rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100">
        Sign out
      </button>
    </form>
  );
}
