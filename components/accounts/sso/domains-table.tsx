import type { AccountDomainRow } from "@/lib/accounts/sso/list-domains";
import { Globe } from "lucide-react";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { DomainActions } from "./domain-actions";

type Props = {
  accountId: string;
  rows: AccountDomainRow[];
  providerName: string;
  /** Whether the actor may change the settings (sso.manage); read-only rows otherwise. */
  canManage: boolean;
  enforceBlockedReason: string | null;
};

/** The account's email domains and whether each signs in through SSO only (HB-1 Decision). */
export function DomainsTable({ accountId, rows, providerName, canManage, enforceBlockedReason }: Props) {
  const columns: Column<AccountDomainRow>[] = [
    { key: "domain", header: "Domain", rowHeader: true, className: "font-mono", cell: (r) => r.domain },
    { key: "signIn", header: "Sign-in", cell: (r) => (r.ssoEnforced ? `${providerName} only` : "Any sign-in method") },
  ];
  if (!rows.length) {
    return (
      <EmptyState icon={Globe} title="This account has no email domains yet.">
        {canManage ? "Add the domains of your organization's addresses with “Add domain” above; then you can require SSO for each." : null}
      </EmptyState>
    );
  }
  return (
    <DataTable
      caption="Email domains"
      columns={columns}
      rows={rows}
      rowKey={(r) => r.domain}
      rowTestId={() => "sso-domain-row"}
      empty={null}
      actionsHeader="Changes"
      actions={
        canManage
          ? (r) => <DomainActions accountId={accountId} domain={r.domain} enforced={r.ssoEnforced} providerName={providerName} enforceBlockedReason={enforceBlockedReason} />
          : undefined
      }
    />
  );
}
