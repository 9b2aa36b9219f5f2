import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import { currentActor } from "@/lib/auth/actor";
import { resolveInvitationLink, type InvitationLink } from "@/lib/hubs/invitations/resolve-invitation-link";
import { text } from "@/lib/input/schemas";
import { AnswerInvitation } from "@/components/hubs/answer-invitation";
import { LinkProblem } from "@/components/ui/link-problem";

export const metadata: Metadata = { title: "Invitation", robots: { index: false } };

const token = text({ max: 200, trim: false });

/** What a link that cannot be used says: which case it is and what to do (HB-7). Nothing is changed by opening it. */
function explain(link: Exclude<InvitationLink, { state: "open" }>): { title: string; body: string } {
  switch (link.state) {
    case "invalid":
      return { title: "This invitation link is not valid", body: "Check that you opened the whole link from the email, or ask the person who invited you to send it again." };
    case "superseded":
      return { title: "This link was replaced by a newer one", body: "The invitation was sent again, and only the latest email's link works. Open the newest invitation email." };
    case "cancelled":
      return { title: "This invitation was cancelled", body: "The invitation was withdrawn. Ask the person who invited you if you should still join." };
    case "used":
      return { title: "This invitation was already answered", body: "A link works once, and this invitation was already accepted or declined." };
    case "expired":
      return { title: "This invitation has expired", body: "Invitations are valid for 7 days. Ask the person who invited you to resend it." };
    case "wrong_person":
      return { title: "This invitation is for someone else", body: "It works only for the email address it was sent to. Sign out and sign in with that address to answer it." };
  }
}

/** `decodeURIComponent` throws on a malformed escape (`%E0%A4%A`): such a link is simply not valid. */
function decodeToken(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** An emailed invitation link: signed out → sign-in and back here; the invited person accepts or declines it. */
export default async function InviteLinkPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const raw = (await params).token;
  const decoded = decodeToken(raw);
  const parsed = decoded === null ? null : token.safeParse(decoded);
  const actor = await currentActor();
  const link = parsed?.success ? await resolveInvitationLink(await getDb(), parsed.data, actor?.email ?? null) : ({ state: "invalid" } as const);
  if (link.state === "open" && !actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/invite/${raw}`)}`);
  return (
    <main className="mx-auto flex max-w-lg flex-col gap-4 p-8" data-testid="invite-page" data-state={link.state}>
      {link.state === "open" ? (
        <>
          <h1 className="text-2xl font-semibold">You are invited to {link.projectName ?? link.hubName}</h1>
          <p className="text-sm text-slate-700">
            {link.projectName ? `The project ${link.projectName} in the hub ${link.hubName}.` : `The hub ${link.hubName}, as a Hub Member.`} This invitation is for {link.email} and
            expires on {link.expiresAt.toISOString().slice(0, 10)}.
          </p>
          <AnswerInvitation invitationId={link.invitationId} what={link.projectName ?? link.hubName} />
        </>
      ) : (
        // A dead link answers 404 with this page; one for someone else is live (200).
        <LinkProblem {...explain(link)} gone={link.state !== "wrong_person"} />
      )}
      <p className="text-sm">
        <Link href="/" className="text-blue-700 underline">
          Go to the portal
        </Link>
      </p>
    </main>
  );
}
