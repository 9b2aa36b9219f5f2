import type { ReactNode } from "react";
import { connection } from "next/server";
import { requireActor } from "@/lib/auth/actor";
import { demoSignInFor } from "@/lib/auth/demo-sign-in";
import { requestPersonFacts } from "@/lib/pages/request-facts";
import { probeRoundTrips } from "@/lib/pages/round-trips";
import { TopBar } from "@/components/shell/top-bar";

/** Every portal page needs a session; what it shows is decided by the services below. */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  await connection();
  await probeRoundTrips();
  const actor = await requireActor();
  // The request's facts: the banner's "demo world" flag comes with them (no query of its own).
  const facts = await requestPersonFacts();
  return (
    <div className="min-h-screen">
      <TopBar actor={actor} demo={demoSignInFor(facts.demoWorld)} />
      {children}
    </div>
  );
}
