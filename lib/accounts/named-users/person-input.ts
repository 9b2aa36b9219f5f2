import { emailAddress, text } from "@/lib/input/schemas";

/** A named user's identity as admins type it (add, edit, import). Emails are kept trimmed and lowercase, as lib/people keeps them. */
export const personName = text({ min: 1, max: 100, minMessage: "Enter a name.", maxMessage: "Use at most 100 characters." });
export const personEmail = emailAddress();
