"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult, Failure } from "@/lib/actions/result";

/**
 * Runs a server action from a client component: pending state, the failure to show next to the control,
 * and a refresh of the server-rendered page on success (the page owns its freshness).
 */
export function useServerAction<I, T>(action: (input: I) => Promise<ActionResult<T>>) {
  const router = useRouter();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, startTransition] = useTransition();
  function run(input: I, onDone?: (data: T) => void) {
    setFailure(null);
    startTransition(async () => {
      const result = await action(input);
      if (!result.ok) {
        setFailure(result);
        return;
      }
      onDone?.(result.data);
      router.refresh();
    });
  }
  return { run, failure, pending, clear: () => setFailure(null) };
}
