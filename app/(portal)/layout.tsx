import type { ReactNode } from "react";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import { requireActor } from "@/lib/auth/actor";
import { demoSignInEnabled } from "@/lib/auth/demo-sign-in";
import { probeRoundTrips } from "@/lib/pages/round-trips";
import { TopBar } from "@/components/shell/top-bar";

/** Every portal page needs a session; what it shows is decided by the services below. */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  await connection();
  await probeRoundTrips();
  const actor = await requireActor();
  const demo = await demoSignInEnabled(await getDb());
  return (
    <div className="min-h-screen">
      <TopBar actor={actor} demo={demo} />
      {children}
    </div>
  );
}
