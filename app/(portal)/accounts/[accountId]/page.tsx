import { notFound, redirect } from "next/navigation";
import { accountNavigation } from "@/lib/permissions";
import { requestAccountFacts } from "@/lib/pages/request-facts";
import { visibleViews } from "@/lib/pages/account-views";
import { requireUuid } from "@/lib/pages/ids";

/** An account opens on the first view the person may use there. */
export default async function AccountHome({ params }: { params: Promise<{ accountId: string }> }) {
  const accountId = requireUuid((await params).accountId);
  const facts = await requestAccountFacts(accountId);
  if (!facts) notFound();
  const views = accountNavigation(facts.actor, facts.resource);
  const first = visibleViews(views)[0];
  if (!first) notFound();
  redirect(`/accounts/${accountId}/${first.path}`);
}
