"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { setNonce } from "get-nonce";
import { Toaster } from "@/components/ui/toaster";

// Radix's dialogs lock the page's scroll with a <style> they add at runtime (react-style-singleton,
// which asks get-nonce): give it the page's CSP nonce, which Next put on its own scripts.
if (typeof document !== "undefined") setNonce(document.querySelector<HTMLScriptElement>("script[nonce]")?.nonce ?? "");

/** Client-side cache for interactive tables (server pages own their own freshness) and the toasts. */
export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 10_000, retry: 1 } } }));
  return (
    <QueryClientProvider client={client}>
      {children}
      <Toaster />
    </QueryClientProvider>
  );
}
