import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Turbopack's bundle of PGlite breaks on its URL-based asset loading; load it from node_modules.
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "nodemailer"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
