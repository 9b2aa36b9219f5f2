"use client";

import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "./button";
import { Dialog } from "./dialog";

/**
 * A page header's add / invite / create action: a button with its icon that opens the form in a
 * dialog; the form keeps its result (each address's, each row's) until the dialog is closed.
 */
export function HeaderDialog({
  label,
  icon: Icon,
  title,
  description,
  wide,
  secondary,
  children,
}: {
  label: string;
  icon: LucideIcon;
  title: string;
  description?: string;
  wide?: boolean;
  secondary?: boolean;
  children: ReactNode;
}) {
  return (
    <Dialog
      wide={wide}
      title={title}
      description={description}
      trigger={
        <Button type="button" variant={secondary ? "secondary" : "primary"} className="inline-flex items-center gap-2">
          <Icon aria-hidden="true" className="h-4 w-4" />
          {label}
        </Button>
      }
    >
      {children}
    </Dialog>
  );
}
