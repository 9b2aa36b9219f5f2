"use client";

import "./globals.css";
import { FaultNotice } from "@/components/ui/fault-notice";

/** The root layout itself failed: this replaces it, so it brings its own document and styles. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <head>
        <title>This page could not be shown · Account Portal</title>
      </head>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <main className="p-6 sm:p-10">
          <FaultNotice error={error} retry={retry} />
        </main>
      </body>
    </html>
  );
}
