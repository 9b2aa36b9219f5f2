import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { requireActor } from "@/lib/auth/actor";
import { accountNavigation, loadAccountFacts } from "@/lib/permissions";
import { visibleViews } from "@/lib/pages/account-views";
import { requireUuid } from "@/lib/pages/ids";

/** An account opens on the first view the person may use there. */
export default async function AccountHome({ params }: { params: Promise<{ accountId: string }> }) {
  const accountId = requireUuid((await params).accountId);
  const actor = await requireActor();
  const facts = await loadAccountFacts(await getDb(), actor.personId, accountId);
  if (!facts) notFound();
  const views = accountNavigation(facts.actor, facts.resource);
  const first = visibleViews(views)[0];
  if (!first) notFound();
  redirect(`/accounts/${accountId}/${first.path}`);
}
