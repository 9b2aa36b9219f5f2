import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { requireActor } from "@/lib/auth/actor";
import { loadAccountFacts } from "@/lib/permissions";
import { requireUuid } from "@/lib/pages/ids";
import { PortalFrame } from "@/components/shell/portal-frame";

/** An account's pages: only for people with a role in it; everyone else gets "not found". */
export default async function AccountLayout({ children, params }: { children: ReactNode; params: Promise<{ accountId: string }> }) {
  const accountId = requireUuid((await params).accountId);
  const actor = await requireActor();
  const facts = await loadAccountFacts(await getDb(), actor.personId, accountId);
  if (!facts?.actor.account) notFound();
  return (
    <PortalFrame personId={actor.personId} accountId={accountId}>
      {children}
    </PortalFrame>
  );
}
