import { z } from "zod";
import { text } from "@/lib/input/schemas";

// A DNS hostname of at least two labels: letters, digits and inner hyphens, 63 characters a
// label, 253 in all, ending in an alphabetic (or punycode) top-level label. No IP addresses.
const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * An email domain as an admin types it: trimmed and lowercased (domains are
 * case-insensitive and the table holds them lowercase), a leading "@" and a trailing dot
 * dropped, then checked to be a hostname.
 */
export const domainName = text({ max: 1000, maxMessage: "A domain name has at most 253 characters.", typeMessage: "Enter an email domain, such as example.com." })
  .toLowerCase()
  .transform((s) => s.replace(/^@/, "").replace(/\.$/, ""))
  .pipe(
    text({ max: 253, trim: false, maxMessage: "A domain name has at most 253 characters." })
      .min(1, "Enter an email domain, such as example.com.")
      .regex(HOSTNAME, "Enter a domain name such as example.com: letters, digits and hyphens, in labels separated by dots."),
  );

export const accountDomainInput = z.object({ accountId: z.uuid(), domain: domainName });
