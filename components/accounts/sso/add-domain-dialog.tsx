"use client";

import { Plus } from "lucide-react";
import { HeaderDialog } from "@/components/ui/header-dialog";
import { AddDomainForm } from "./add-domain-form";

/** The sign-in page's primary action: adding an email domain, in a dialog. */
export function AddDomainDialog({ accountId }: { accountId: string }) {
  return (
    <HeaderDialog
      label="Add domain"
      icon={Plus}
      title="Add an email domain"
      description="A domain belongs to one account only. Subdomains are separate domains: add each one you need."
    >
      <AddDomainForm accountId={accountId} />
    </HeaderDialog>
  );
}
