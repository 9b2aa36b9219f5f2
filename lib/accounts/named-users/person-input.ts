import { z } from "zod";
import { normaliseEmail } from "@/lib/people/people";

/** A named user's identity as admins type it (add, edit, import). Emails are kept lowercase (lib/people). */
export const personName = z.string().trim().min(1, "Enter a name.").max(100, "Use at most 100 characters.");
export const personEmail = z
  .string()
  .transform(normaliseEmail)
  .pipe(z.email("Enter a valid email address.").max(254, "Use at most 254 characters."));
