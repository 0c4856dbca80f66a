// @revkit/* are consumed from their built dist/ like any installed package;
// nothing here transpiles workspace sources.
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Loaded by Node at run time, not bundled: DuckDB's native binding, and
  // @revkit/sql, whose connect() imports the other engines' drivers only when
  // asked (this example installs DuckDB's alone).
  serverExternalPackages: ['@duckdb/node-api', '@revkit/sql'],
};

export default nextConfig;
