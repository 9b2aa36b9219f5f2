import { forwardRef, type ButtonHTMLAttributes } from "react";
import type { LucideIcon } from "lucide-react";
import { Button, type ButtonVariant } from "./button";

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "children"> & {
  icon: LucideIcon;
  /** Required: an icon alone has no name. */
  "aria-label": string;
  variant?: ButtonVariant;
};

/** A square button holding one icon (lucide-react), named for screen readers. */
export const IconButton = forwardRef<HTMLButtonElement, Props>(function IconButton({ icon: Icon, variant = "ghost", ...props }, ref) {
  return (
    <Button ref={ref} type="button" size="icon" variant={variant} {...props}>
      <Icon aria-hidden="true" className="h-4 w-4" />
    </Button>
  );
});
