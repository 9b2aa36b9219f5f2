import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { requestAccountFacts } from "@/lib/pages/request-facts";
import { requireUuid } from "@/lib/pages/ids";
import { PortalFrame } from "@/components/shell/portal-frame";

/** An account's pages: only for people with a role in it; everyone else gets "not found". */
export default async function AccountLayout({ children, params }: { children: ReactNode; params: Promise<{ accountId: string }> }) {
  const accountId = requireUuid((await params).accountId);
  const actor = await requireActor();
  const facts = await requestAccountFacts(accountId);
  if (!facts?.actor.account) notFound();
  return (
    <PortalFrame personId={actor.personId} accountId={accountId}>
      {children}
    </PortalFrame>
  );
}
