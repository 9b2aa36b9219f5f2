"use client";

import { Toaster as Sonner } from "sonner";

/** Where action results appear (sonner: a polite live region, not stealing focus). */
export function Toaster() {
  return <Sonner position="bottom-right" richColors closeButton toastOptions={{ duration: 6000 }} />;
}
