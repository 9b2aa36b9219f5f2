"use client";

import { ShieldCheck, UserPlus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { AddSecondaryAdminForm } from "./add-secondary-admin-form";
import { GrantSsoAdminForm } from "./grant-sso-admin-form";

/** The admins page's primary action (UM-3): the add form in a dialog that keeps its result until closed. */
export function AddSecondaryAdminDialog({ accountId }: { accountId: string }) {
  return (
    <Dialog
      wide
      title="Add a secondary admin"
      trigger={
        <Button type="button" className="inline-flex items-center gap-2">
          <UserPlus aria-hidden="true" className="h-4 w-4" />
          Add secondary admin
        </Button>
      }
    >
      <AddSecondaryAdminForm accountId={accountId} />
    </Dialog>
  );
}

/** The primary admin grants the SSO admin role (HB-1) from the page header. */
export function GrantSsoAdminDialog({ accountId }: { accountId: string }) {
  return (
    <Dialog
      title="Grant the SSO admin role"
      description="SSO admins create hubs and manage the account's sign-in settings, and nothing in User Management (HB-1)."
      trigger={
        <Button type="button" variant="secondary" className="inline-flex items-center gap-2">
          <ShieldCheck aria-hidden="true" className="h-4 w-4" />
          Grant SSO admin
        </Button>
      }
    >
      <GrantSsoAdminForm accountId={accountId} />
    </Dialog>
  );
}
