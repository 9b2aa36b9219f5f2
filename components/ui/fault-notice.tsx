"use client";

import Link from "next/link";
import { useEffect } from "react";
import { Button } from "./button";

/** Next's short hash of a server error: the same string is in the server's log, so it is a reference a person can pass on. */
function referenceOf(error: unknown): string | null {
  const digest = typeof error === "object" && error !== null ? (error as { digest?: unknown }).digest : undefined;
  return typeof digest === "string" && /^[\w-]{1,64}$/.test(digest) ? digest.slice(0, 12) : null;
}

/**
 * What a person sees when a page could not be shown (the error pages: app/(portal)/error.tsx
 * inside the shell, app/error.tsx, app/global-error.tsx): what happened, that nothing was
 * changed, a way to try again and a way home. No stack trace or framework jargon; the
 * reference matches the server's log.
 */
export function FaultNotice({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const reference = referenceOf(error);
  return (
    <div role="alert" data-testid="fault-page" className="mx-auto flex max-w-xl flex-col gap-3 rounded-lg border border-amber-300 bg-amber-50 p-6 text-amber-950">
      <h1 className="text-xl font-semibold">This page could not be shown</h1>
      <p className="text-sm">The portal ran into a problem while preparing it, most often because its database did not answer for a moment.</p>
      <p className="text-sm font-medium">Nothing was changed: opening a page never changes anything.</p>
      <div className="mt-1 flex flex-wrap items-center gap-3">
        <Button type="button" onClick={() => retry()}>
          Try again
        </Button>
        <Link href="/" prefetch={false} className="text-sm text-blue-700 underline">
          Go to your start page
        </Link>
      </div>
      {reference ? <p className="text-xs text-amber-900">If it keeps happening, tell your administrator this reference: {reference}</p> : null}
    </div>
  );
}
