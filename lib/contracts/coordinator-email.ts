import type { Email } from "@/lib/outbox/enqueue-email";
import { publicLink } from "@/lib/config/public-url";

/** The email that tells a person they now coordinate a contract (CL-6, EM-1); the link comes from the configured public URL. */
export function coordinatorAssignedEmail(p: { to: string; firstName: string; contractNumber: string; accountId: string; contractId: string; assignedBy: string }): Email {
  return {
    kind: "role-changed",
    to: p.to,
    subject: `You are the software coordinator of contract ${p.contractNumber}`,
    text: [
      `Hello ${p.firstName || p.to},`,
      "",
      `${p.assignedBy} made you the software coordinator of contract ${p.contractNumber}: you manage its classic users and their access to its products, and you receive its products' release notes.`,
      `Open the contract: ${publicLink(`/accounts/${p.accountId}/contracts/${p.contractId}`)}`,
    ].join("\n"),
  };
}
