"use client";

import { useRef, useState } from "react";
import { removeDomainAction, setDomainEnforcementAction } from "@/lib/accounts/sso/actions";
import { useServerAction } from "@/components/hooks/use-server-action";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FailureMessage } from "@/components/ui/failure-message";
import { RowMenu } from "@/components/ui/row-menu";

type Props = {
  accountId: string;
  domain: string;
  enforced: boolean;
  providerName: string;
  /** Why enforcement cannot be turned on (no provider configured), or null when it can. */
  enforceBlockedReason: string | null;
};

/** One domain's "…" menu: require SSO or stop requiring it, remove the domain; each confirmed with what it does. */
export function DomainActions({ accountId, domain, enforced, providerName, enforceBlockedReason }: Props) {
  const enforce = useServerAction(setDomainEnforcementAction, { success: (d) => (d.enforced ? `${domain} signs in with ${providerName} only.` : `${domain} accepts any sign-in method.`) });
  const remove = useServerAction(removeDomainAction, { success: `${domain} was removed.` });
  const [confirm, setConfirm] = useState<"enforce" | "remove" | null>(null);
  const menu = useRef<HTMLButtonElement>(null);
  const close = (open: boolean) => !open && setConfirm(null);
  return (
    <div className="flex flex-col items-end gap-1">
      <RowMenu
        ref={menu}
        label={`Actions for ${domain}`}
        items={[
          enforced
            ? { label: "Stop requiring SSO", onSelect: () => setConfirm("enforce") }
            : { label: "Require SSO", onSelect: () => setConfirm("enforce"), ...(enforceBlockedReason ? { disabledReason: enforceBlockedReason } : {}) },
          { label: "Remove domain", danger: true, onSelect: () => setConfirm("remove") },
        ]}
      />
      <ConfirmDialog
        returnFocusTo={menu}
        open={confirm === "enforce"}
        onOpenChange={close}
        title={enforced ? `Stop requiring SSO for ${domain}?` : `Require SSO for ${domain}?`}
        confirmLabel={enforced ? "Stop requiring SSO" : "Require SSO"}
        variant="primary"
        onConfirm={() => enforce.run({ accountId, domain, enforced: !enforced })}
      >
        {enforced ? (
          <p>People at {domain} may sign in with a password or an email link again, as well as with {providerName}.</p>
        ) : (
          <p>
            From their next sign-in, people at {domain} sign in with {providerName} only: password and email-link sign-in are refused for them. Check that{" "}
            {providerName} knows each of them, you included if your address is at {domain}.
          </p>
        )}
      </ConfirmDialog>
      <ConfirmDialog returnFocusTo={menu} open={confirm === "remove"} onOpenChange={close} title={`Remove ${domain}?`} confirmLabel="Remove domain" onConfirm={() => remove.run({ accountId, domain })}>
        <p>
          {domain} is no longer one of this account&apos;s domains{enforced ? `, and its people no longer have to sign in with ${providerName}` : ""}. Another account can then
          claim it.
        </p>
      </ConfirmDialog>
      <FailureMessage failure={enforce.failure ?? remove.failure} />
    </div>
  );
}
