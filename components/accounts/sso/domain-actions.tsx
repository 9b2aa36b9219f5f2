"use client";

import { removeDomainAction, setDomainEnforcementAction } from "@/app/(portal)/accounts/[accountId]/sso/actions";
import { useServerAction } from "@/components/hooks/use-server-action";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FailureMessage } from "@/components/ui/failure-message";

type Props = {
  accountId: string;
  domain: string;
  enforced: boolean;
  providerName: string;
  /** Why enforcement cannot be turned on (no provider configured), or null when it can. */
  enforceBlockedReason: string | null;
};

/** One domain's changes: require SSO (after a confirmation), stop requiring it, remove the domain (after a confirmation). */
export function DomainActions({ accountId, domain, enforced, providerName, enforceBlockedReason }: Props) {
  const enforce = useServerAction(setDomainEnforcementAction, { success: enforced ? `${domain} no longer requires SSO.` : `${domain} requires SSO now.` });
  const remove = useServerAction(removeDomainAction, { success: `${domain} was removed.` });
  const pending = enforce.pending || remove.pending;
  const failure = enforce.failure ?? remove.failure;
  const setEnforced = (on: boolean) => enforce.run({ accountId, domain, enforced: on });
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex flex-wrap justify-end gap-2">
        {enforced ? (
          <Button type="button" variant="secondary" disabled={pending} onClick={() => setEnforced(false)}>
            Stop requiring SSO
          </Button>
        ) : (
          <ConfirmButton
            label="Require SSO"
            title={`Require SSO for ${domain}?`}
            confirmLabel="Require SSO"
            variant="primary"
            onConfirm={() => setEnforced(true)}
            disabled={pending || enforceBlockedReason !== null}
            disabledReason={enforceBlockedReason ?? undefined}
          >
            From their next sign-in, people at {domain} sign in with {providerName} only: password and email-link sign-in are refused for
            them. Check that {providerName} knows each of them, you included if your address is at {domain}.
          </ConfirmButton>
        )}
        <ConfirmButton label="Remove" title={`Remove ${domain}?`} confirmLabel="Remove domain" onConfirm={() => remove.run({ accountId, domain })} disabled={pending}>
          {domain} is no longer one of this account&apos;s domains{enforced ? `, and its people no longer have to sign in with ${providerName}` : ""}.
          Another account can then claim it.
        </ConfirmButton>
      </div>
      <FailureMessage failure={failure} />
    </div>
  );
}
