import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { CommandPalette } from "./command-palette";
import { SignOutButton } from "./sign-out-button";

export function TopBar({ actor, demo }: { actor: Actor; demo: boolean }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      {/* The keyboard's first stop: past the top bar and the navigation to the page itself (PortalFrame's <main>). */}
      <a href="#main" className="sr-only rounded-md bg-white px-3 py-2 text-sm font-medium text-blue-800 shadow focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50">
        Skip to content
      </a>
      {demo ? (
        <p className="bg-amber-100 px-4 py-1 text-center text-xs text-amber-900">
          Demo sign-in is on: demo people sign in with a shared password. Turn it off for a real deployment.
        </p>
      ) : null}
      <div className="flex items-center justify-between gap-4 px-4 py-2">
        <Link href="/" className="shrink-0 font-semibold text-slate-900">
          Account Portal
        </Link>
        <div className="flex min-w-0 items-center gap-3 text-sm">
          <CommandPalette />
          <span className="truncate text-slate-600" title={actor.email}>
            {actor.name}
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
