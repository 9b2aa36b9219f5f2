import type { Metadata } from "next";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import { openShareLink } from "@/lib/hubs/projects/open-share-link";
import { LinkProblem } from "@/components/ui/link-problem";

export const metadata: Metadata = { title: "Shared item", robots: { index: false, follow: false } };

/**
 * A public, read-only share link (HB-3): no sign-in, and only the one item it points to. A
 * revoked link, a hub with sharing off, or a transferred project answers "no longer shared",
 * and such a link (or an unknown one) answers 404 with that readable page.
 */
export default async function SharePage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const shared = await openShareLink(await getDb(), token);
  return (
    <main className="mx-auto flex max-w-xl flex-col gap-3 p-6">
      {shared.state === "shared" ? (
        <>
          <p className="text-sm text-slate-600">Shared from the project {shared.projectName}</p>
          <h1 className="text-2xl font-semibold" data-testid="shared-item">
            {shared.item.name}
          </h1>
          <p className="text-sm text-slate-600">
            {shared.item.kind === "folder" ? "Folder" : "Item"} · last changed {shared.item.updatedAt.toISOString().slice(0, 10)} · read-only
          </p>
        </>
      ) : shared.state === "no_longer_shared" ? (
        <LinkProblem title="This item is no longer shared." body="Its link was revoked, or the hub no longer allows public sharing (HB-3)." gone />
      ) : (
        <LinkProblem title="This share link was not found." body="Check the address you were given." gone />
      )}
    </main>
  );
}
