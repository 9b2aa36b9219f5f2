import { signOut } from "@/lib/auth/auth";

export function SignOutButton() {
  return (
    <form
      action={async () => {
        "use server";
        await signOut({ redirectTo: "/sign-in" });
      }}
    >
      <button type="submit" className="rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100">
        Sign out
      </button>
    </form>
  );
}
