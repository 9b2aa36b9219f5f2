import type { AdminsView } from "@/lib/accounts/admins/admins-view";
import { ShieldCheck, Users } from "lucide-react";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { SecondaryAdminActions } from "./secondary-admin-actions";
import { SsoAdminActions } from "./sso-admin-actions";

const note = "rounded-md border border-slate-200 bg-slate-50 p-3 text-sm text-slate-700";

type Person = { personId: string; name: string; email: string; isActor: boolean };
const PEOPLE_COLUMNS: readonly Column<Person>[] = [
  {
    key: "name",
    header: "Name",
    className: "font-medium",
    cell: (a) => (
      <>
        {a.name}
        {a.isActor ? <span className="ml-1 text-slate-500">(you)</span> : null}
      </>
    ),
  },
  { key: "email", header: "Email", className: "text-slate-600", cell: (a) => a.email },
];

/** The admins page: primary, secondary and SSO admins, with what the actor may do on each (the add forms open from the page header). */
export function AdminsPageView({ accountId, view }: { accountId: string; view: AdminsView }) {
  const { primary } = view;
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="primary-heading" className="flex flex-col gap-2">
        <h2 id="primary-heading" className="text-lg font-semibold">Primary admin</h2>
        {primary ? (
          <div className="rounded-lg border border-slate-200 bg-white p-4" data-testid="primary-admin">
            <p className="font-medium">
              {primary.name}
              {primary.isActor ? <span className="ml-1 text-slate-500">(you)</span> : null}
            </p>
            <p className="text-sm text-slate-600">{primary.email}</p>
            {!primary.remove.allowed ? <p className="mt-2 text-sm text-slate-600">{primary.remove.reason}</p> : null}
          </div>
        ) : (
          <p className={note}>This account has no primary admin.</p>
        )}
        <p className="text-sm text-slate-600">
          Any admin can make a secondary admin the primary admin; the current primary admin then becomes a secondary admin (UM-2). Contract managers and
          software coordinators keep their roles (UM-8, CL-10, CL-11).
        </p>
      </section>

      <section aria-labelledby="secondary-heading" className="flex flex-col gap-3">
        <h2 id="secondary-heading" className="text-lg font-semibold">Secondary admins</h2>
        {view.secondaries.length ? (
          <DataTable
            caption="Secondary admins"
            columns={PEOPLE_COLUMNS}
            rows={view.secondaries}
            rowKey={(a) => a.personId}
            rowTestId={() => "secondary-admin-row"}
            empty={null}
            actions={(a) => <SecondaryAdminActions accountId={accountId} admin={a} primaryAdminId={primary?.personId ?? null} />}
          />
        ) : (
          <EmptyState icon={Users} title="This account has no secondary admins.">
            {view.addSecondary.allowed ? "Secondary admins manage users and products with the primary admin (UM-3). Add one with “Add secondary admin” above." : null}
          </EmptyState>
        )}
        {view.addSecondary.allowed ? null : <p className={note}>{view.addSecondary.reason}</p>}
      </section>

      <section aria-labelledby="sso-heading" className="flex flex-col gap-3">
        <h2 id="sso-heading" className="text-lg font-semibold">SSO admins</h2>
        <p className="text-sm text-slate-600">
          SSO admins create hubs and manage the account&apos;s sign-in (SSO) settings, and nothing in User Management. The primary admin grants and revokes
          the role (HB-1).
        </p>
        {view.ssoAdmins.length ? (
          <DataTable
            caption="SSO admins"
            columns={PEOPLE_COLUMNS}
            rows={view.ssoAdmins}
            rowKey={(a) => a.personId}
            rowTestId={() => "sso-admin-row"}
            empty={null}
            actions={(a) => <SsoAdminActions accountId={accountId} admin={a} />}
          />
        ) : (
          <EmptyState icon={ShieldCheck} title="This account has no SSO admins.">
            {view.grantSso.allowed ? "Grant the role with “Grant SSO admin” above." : null}
          </EmptyState>
        )}
        {view.grantSso.allowed ? null : <p className={note}>{view.grantSso.reason}</p>}
      </section>
    </div>
  );
}
