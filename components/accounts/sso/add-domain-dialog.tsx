"use client";

import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { AddDomainForm } from "./add-domain-form";

/** The sign-in page's primary action: adding an email domain, in a dialog. */
export function AddDomainDialog({ accountId }: { accountId: string }) {
  return (
    <Dialog
      title="Add an email domain"
      description="A domain belongs to one account only. Subdomains are separate domains: add each one you need."
      trigger={
        <Button type="button" className="inline-flex items-center gap-2">
          <Plus aria-hidden="true" className="h-4 w-4" />
          Add domain
        </Button>
      }
    >
      <AddDomainForm accountId={accountId} />
    </Dialog>
  );
}
