import type { ReactNode } from "react";
import { requireActor } from "@/lib/auth/actor";
import { requireUuid } from "@/lib/pages/ids";
import { PortalFrame } from "@/components/shell/portal-frame";

export default async function HubLayout({ children, params }: { children: ReactNode; params: Promise<{ hubId: string }> }) {
  requireUuid((await params).hubId);
  const actor = await requireActor();
  return <PortalFrame personId={actor.personId}>{children}</PortalFrame>;
}
