import type { Metadata } from "next";
import type { ReactNode } from "react";
import { connection } from "next/server";
import "./globals.css";
import { Providers } from "./providers";

export const metadata: Metadata = {
  title: { default: "Account Portal", template: "%s · Account Portal" },
  description: "Manage who uses which software, and run collaboration hubs.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page, the not-found page too, is rendered per request: Next puts the request's CSP
  // nonce (proxy.ts) on its scripts, which a page prerendered at build time could not carry.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
