import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Turbopack's bundle of PGlite breaks on its URL-based asset loading; load it from node_modules.
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "nodemailer"],
  poweredByHeader: false,
  // Lets parallel work trees of one checkout build side by side (e.g. NEXT_DIST_DIR=.next-e2e).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typedRoutes: false,
  experimental: {
    // forbidden(): refusals answer with HTTP 403 (components/ui/forbidden-status.tsx).
    authInterrupts: true,
  },
};

export default nextConfig;
