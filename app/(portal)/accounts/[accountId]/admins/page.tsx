import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { loadAdminsView } from "@/lib/accounts/admins/admins-view";
import { requestAccountFacts } from "@/lib/pages/request-facts";
import { authorizePage } from "@/lib/pages/authorize-page";
import { requireUuid } from "@/lib/pages/ids";
import { Refusal } from "@/components/ui/refusal";
import { PageHeader } from "@/components/ui/page-header";
import { AdminsPageView } from "@/components/accounts/admins/admins-page-view";
import { AddSecondaryAdminDialog, GrantSsoAdminDialog } from "@/components/accounts/admins/admin-dialogs";

export const metadata: Metadata = { title: "Admins" };

/** The account's primary, secondary and SSO admins (UM-2, UM-3, UM-10, HB-1), for its admins to see and change. */
export default async function AdminsPage({ params }: { params: Promise<{ accountId: string }> }) {
  const accountId = requireUuid((await params).accountId);
  const db = await getDb();
  const facts = await requestAccountFacts(accountId);
  const decision = authorizePage(facts, "admins.view");
  if (!decision.allowed || !facts) return <Refusal decision={decision} />;
  const view = await loadAdminsView(db, facts);
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <PageHeader
        title="Admins"
        count={(view.primary ? 1 : 0) + view.secondaries.length}
        countLabel="primary and secondary"
        description="The primary admin and the secondary admins manage User Management; SSO admins manage sign-in."
        actions={
          view.addSecondary.allowed || view.grantSso.allowed ? (
            <>
              {view.addSecondary.allowed ? <AddSecondaryAdminDialog accountId={accountId} /> : null}
              {view.grantSso.allowed ? <GrantSsoAdminDialog accountId={accountId} /> : null}
            </>
          ) : undefined
        }
      />
      <AdminsPageView accountId={accountId} view={view} />
    </div>
  );
}
