import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { explainAccess } from "@/lib/accounts/named-users/access-explained";
import { loadAccessFacts } from "@/lib/permissions/facts";
import { loadNamedUser } from "@/lib/accounts/named-users/load-named-user";
import { authorizePage } from "@/lib/pages/authorize-page";
import { capabilities } from "@/lib/pages/capabilities";
import { requestAccountFacts } from "@/lib/pages/request-facts";
import { namedNoSeatReason } from "@/lib/seats/named-seats";
import { requireUuid } from "@/lib/pages/ids";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { Refusal } from "@/components/ui/refusal";
import { AccessExplained } from "@/components/accounts/named-users/access-explained";
import { EditUserForm } from "@/components/accounts/named-users/edit-user-form";
import { RemoveUserButton } from "@/components/accounts/named-users/remove-user-button";
import { UserProducts } from "@/components/accounts/named-users/user-products";

export const metadata: Metadata = { title: "User" };

type Props = { params: Promise<{ accountId: string; userId: string }> };

const ROLE = { primary: "Primary admin", secondary: "Secondary admin" } as const;

/** One named user: name, email, status, products with seats, admin role, and what they can do here and why. */
export default async function NamedUserPage({ params }: Props) {
  const { accountId: rawAccount, userId: rawUser } = await params;
  const accountId = requireUuid(rawAccount);
  const userId = requireUuid(rawUser);
  const facts = await requestAccountFacts(accountId);
  const view = authorizePage(facts, "namedUsers.view");
  if (!view.allowed || !facts) return <Refusal decision={view} />;
  const db = await getDb();
  const [user, access] = await Promise.all([loadNamedUser(db, accountId, userId), loadAccessFacts(db, userId, accountId, facts)]);
  if (!user) notFound();
  // The person's facts came with their row: decide on them as the actions will.
  const aboutThem = { actor: facts.actor, resource: { kind: "accountPerson" as const, account: facts.resource.account, target: user.target } };
  const can = capabilities(aboutThem, [
    "namedUsers.edit",
    "namedUsers.remove",
    "namedUsers.assignProduct",
    "namedUsers.unassignProduct",
  ]);
  const refusal = (key: keyof typeof can) => (can[key].allowed ? null : can[key].reason);
  const sections = access ? explainAccess({ ...access, aboutThem }) : [];
  const nameRefusal = refusal("namedUsers.edit");

  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <div>
        <Breadcrumbs items={[{ label: "By User", href: `/accounts/${accountId}/users` }, { label: user.name }]} />
        <div className="mt-1">
          <PageHeader title={user.name} />
        </div>
        <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-500">Email</dt>
          <dd>{user.email}</dd>
          <dt className="text-slate-500">Status</dt>
          <dd>{user.status === "invited" ? "Invited" : "Active"}</dd>
          <dt className="text-slate-500">Admin role</dt>
          <dd data-testid="admin-role">{user.adminRole ? ROLE[user.adminRole] : "None"}{user.ssoAdmin ? " · SSO admin" : ""}</dd>
          <dt className="text-slate-500">Added</dt>
          <dd>{user.addedAt.slice(0, 10)}</dd>
        </dl>
      </div>

      <section aria-labelledby="edit-heading" className="flex flex-col gap-2">
        <h2 id="edit-heading" className="text-lg font-semibold">Name</h2>
        {nameRefusal === null ? (
          <EditUserForm accountId={accountId} personId={userId} firstName={user.firstName} lastName={user.lastName} />
        ) : (
          // UM-5 Decision: the name is the person's own; shown, with the reason it cannot be changed here.
          <div data-testid="name-read-only" className="text-sm">
            <p>
              {user.firstName} {user.lastName}
            </p>
            <p className="text-slate-600">{nameRefusal}</p>
          </div>
        )}
      </section>

      <section aria-labelledby="products-heading" className="flex flex-col gap-2">
        <h2 id="products-heading" className="text-lg font-semibold">Products</h2>
        <UserProducts
          accountId={accountId}
          personId={userId}
          products={user.products}
          assignRefusal={refusal("namedUsers.assignProduct")}
          unassignRefusal={refusal("namedUsers.unassignProduct")}
          noSeatReason={namedNoSeatReason()}
        />
      </section>

      <section aria-labelledby="remove-heading" className="flex flex-col gap-2">
        <h2 id="remove-heading" className="text-lg font-semibold">Remove</h2>
        <RemoveUserButton
          accountId={accountId}
          personId={userId}
          name={user.name}
          products={user.products.filter((p) => p.assignedToUser).map((p) => p.name)}
          secondaryAdmin={user.adminRole === "secondary"}
          disabledReason={refusal("namedUsers.remove")}
        />
      </section>

      <section aria-labelledby="access-heading" className="flex flex-col gap-2">
        <h2 id="access-heading" className="text-lg font-semibold">Access explained</h2>
        <p className="text-sm text-slate-600">What {user.name} can and cannot do in this account, and the rule behind each answer.</p>
        <AccessExplained sections={sections} name={user.name} />
      </section>
    </div>
  );
}
