"use client";

import { useRouter } from "next/navigation";

/** Switches between the accounts a person administers; each opens on its first view. */
export function AccountSwitcher({ accounts, current }: { accounts: { accountId: string; name: string }[]; current?: string }) {
  const router = useRouter();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="account-switcher" className="text-xs font-medium uppercase tracking-wide text-slate-500">
        Account
      </label>
      <select
        id="account-switcher"
        value={current ?? ""}
        onChange={(e) => e.target.value && router.push(`/accounts/${e.target.value}`)}
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
      >
        {current ? null : <option value="">Choose an account…</option>}
        {accounts.map((a) => (
          <option key={a.accountId} value={a.accountId}>
            {a.name}
          </option>
        ))}
      </select>
    </div>
  );
}
