"use client";

import { Toaster as Sonner } from "sonner";
// sonner's own stylesheet, served with the app's CSS: its runtime <style> injection is patched out
// (patches/sonner+2.0.8.patch), since the CSP allows styles only from 'self' and the page's nonce.
import "sonner/dist/styles.css";

/** Where action results appear (sonner: a polite live region, not stealing focus). */
export function Toaster() {
  return <Sonner position="bottom-right" richColors closeButton toastOptions={{ duration: 6000 }} />;
}
