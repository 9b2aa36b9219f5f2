import type { AccountDomainRow } from "@/lib/accounts/sso/list-domains";
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
  if (rows.length === 0) {
    return <p className="rounded-md border border-dashed border-slate-300 p-6 text-center text-slate-600">This account has no email domains yet.</p>;
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Email domains</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2">Domain</th>
            <th scope="col" className="px-4 py-2">Sign-in</th>
            {canManage ? (
              <th scope="col" className="px-4 py-2 text-right">
                <span className="sr-only">Changes</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.domain} data-testid="sso-domain-row">
              <th scope="row" className="px-4 py-2 font-mono font-medium">
                {r.domain}
              </th>
              <td className="px-4 py-2">{r.ssoEnforced ? `${providerName} only` : "Any sign-in method"}</td>
              {canManage ? (
                <td className="px-4 py-2">
                  <DomainActions accountId={accountId} domain={r.domain} enforced={r.ssoEnforced} providerName={providerName} enforceBlockedReason={enforceBlockedReason} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
