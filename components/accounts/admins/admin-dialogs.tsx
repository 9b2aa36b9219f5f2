"use client";

import { ShieldCheck, UserPlus } from "lucide-react";
import { HeaderDialog } from "@/components/ui/header-dialog";
import { AddSecondaryAdminForm } from "./add-secondary-admin-form";
import { GrantSsoAdminForm } from "./grant-sso-admin-form";

/** The admins page's primary action (UM-3): the add form in a dialog that keeps its result until closed. */
export function AddSecondaryAdminDialog({ accountId }: { accountId: string }) {
  return (
    <HeaderDialog
      label="Add secondary admin"
      icon={UserPlus}
      wide
      title="Add a secondary admin"
    >
      <AddSecondaryAdminForm accountId={accountId} />
    </HeaderDialog>
  );
}

/** The primary admin grants the SSO admin role (HB-1) from the page header. */
export function GrantSsoAdminDialog({ accountId }: { accountId: string }) {
  return (
    <HeaderDialog
      label="Grant SSO admin"
      icon={ShieldCheck}
      title="Grant the SSO admin role"
      description="SSO admins create hubs and manage the account's sign-in settings, and nothing in User Management (HB-1)."
      secondary
    >
      <GrantSsoAdminForm accountId={accountId} />
    </HeaderDialog>
  );
}
