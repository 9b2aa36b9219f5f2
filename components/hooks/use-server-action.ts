"use client";

import { useRef, useState, useTransition } from "react";
import { unstable_rethrow, useRouter } from "next/navigation";
import { useQueryClient, type QueryKey } from "@tanstack/react-query";
import { toast } from "sonner";
import type { ActionResult, Failure } from "@/lib/actions/result";
import { NO_ANSWER } from "@/lib/actions/unexpected";

/**
 * Calls a server action and always gives a result to show next to its control: a call that
 * rejects becomes NO_ANSWER (lib/actions/unexpected.ts) instead of an error that would replace the whole page with the
 * error page. Next's own interrupts (a redirect to sign-in, notFound) go on as Next means them.
 */
export async function settleAction<R extends { ok: true } | Failure>(call: () => Promise<R>): Promise<R | Failure> {
  try {
    return await call();
  } catch (error) {
    unstable_rethrow(error);
    console.error("a server action did not answer:", error);
    return NO_ANSWER;
  }
}

/** A failure as a toast's words: a refusal names its rule (field errors stay next to their fields). */
export function failureToast(failure: Failure): string | null {
  if (failure.code === "invalid") return null;
  if (failure.code === "denied" && !failure.message.includes(failure.rule)) return `${failure.message} (${failure.rule})`;
  return failure.message;
}

export type ServerActionOptions<T> = {
  /** The toast on success; by default "Saved." */
  success?: string | ((data: T) => string);
  /** TanStack Query keys whose client-side tables show what changed. */
  invalidate?: QueryKey[];
};

/**
 * Runs a server action from a client component: pending state, the failure to show next to the control,
 * a toast with the result, and a refresh of the server-rendered page on success (the page owns its
 * freshness; client-side tables name their query keys in `invalidate`).
 * While a request runs, `pending` disables its control and a second `run` is ignored: a double
 * click sends one request (the services also answer a second one without changing anything).
 */
export function useServerAction<I, T>(action: (input: I) => Promise<ActionResult<T>>, options: ServerActionOptions<T> = {}) {
  const router = useRouter();
  const queries = useQueryClient();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, startTransition] = useTransition();
  // A ref, not state: two clicks in one frame both see the first one's flag.
  const running = useRef(false);
  function run(input: I, onDone?: (data: T) => void) {
    if (running.current) return;
    running.current = true;
    setFailure(null);
    startTransition(async () => {
      try {
        const result = await settleAction(() => action(input));
        if (!result.ok) {
          setFailure(result);
          const words = failureToast(result);
          if (words) toast.error(words);
          return;
        }
        onDone?.(result.data);
        const { success } = options;
        toast.success(typeof success === "function" ? success(result.data) : (success ?? "Saved."));
        for (const queryKey of options.invalidate ?? []) void queries.invalidateQueries({ queryKey });
        router.refresh();
      } finally {
        running.current = false;
      }
    });
  }
  return { run, failure, pending, clear: () => setFailure(null) };
}
