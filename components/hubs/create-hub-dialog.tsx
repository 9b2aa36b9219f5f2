"use client";

import { Plus } from "lucide-react";
import { createHubAction } from "@/lib/hubs/actions";
import { ActionForm } from "@/components/ui/action-form";
import { HeaderDialog } from "@/components/ui/header-dialog";
import { Field } from "@/components/ui/field";

/** The hubs page's primary action (HB-1): a hub in one of the accounts the policy allows; its creator becomes its first administrator (HB-2) and lands on its settings. */
export function CreateHubDialog({ accountId, accountName, several }: { accountId: string; accountName: string; several: boolean }) {
  return (
    <HeaderDialog
      label={several ? `Create hub in ${accountName}` : "Create hub"}
      icon={Plus}
      title={`Create a hub in ${accountName}`}
      description="You become its first hub administrator (HB-2)."
    >
      <ActionForm action={createHubAction} input={{ accountId }} submitLabel="Create hub" success="Hub created." redirectTo="/hubs/{hubId}/settings">
        {(errorFor) => <Field label="Hub name" name="name" id={`hub-name-${accountId}`} autoComplete="off" required error={errorFor("name")} />}
      </ActionForm>
    </HeaderDialog>
  );
}
