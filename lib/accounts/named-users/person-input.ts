import { z } from "zod";

/** A named user's identity as admins type it (add, edit, import). Emails are kept lowercase. */
export const personName = z.string().trim().min(1, "Enter a name.").max(100, "Use at most 100 characters.");
export const personEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address.").max(254, "Use at most 254 characters."));

export const displayName = (firstName: string, lastName: string) => `${firstName} ${lastName}`.trim();
