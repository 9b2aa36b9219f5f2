"use client";

import { useRouter } from "next/navigation";
import { removeNamedUserAction } from "@/lib/accounts/named-users/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FailureMessage } from "@/components/ui/failure-message";
import { useServerAction } from "@/components/hooks/use-server-action";

type Props = { accountId: string; personId: string; name: string; products: string[]; secondaryAdmin: boolean; disabledReason: string | null };

/** Removes a named user after a confirmation that says what goes with them (UM-10). */
export function RemoveUserButton({ accountId, personId, name, products, secondaryAdmin, disabledReason }: Props) {
  const router = useRouter();
  const { run, failure, pending } = useServerAction(removeNamedUserAction);
  const effects = [products.length ? `their products (${products.join(", ")})` : null, secondaryAdmin ? "their secondary-admin role" : null].filter(Boolean);
  return (
    <div className="flex flex-col gap-1">
      <ConfirmButton
        label={pending ? "Removing…" : "Remove from the account"}
        title={`Remove ${name}?`}
        confirmLabel="Remove"
        disabled={Boolean(disabledReason) || pending}
        disabledReason={disabledReason ?? undefined}
        onConfirm={() => run({ accountId, personId }, () => router.push(`/accounts/${accountId}/users`))}
      >
        {name} will no longer be a user of this account{effects.length ? `, and loses ${effects.join(" and ")}` : ""} (UM-10). Classic User Management is not changed (HY-2).
      </ConfirmButton>
      {disabledReason ? <p className="text-sm text-slate-600">{disabledReason}</p> : null}
      <FailureMessage failure={failure} />
    </div>
  );
}
