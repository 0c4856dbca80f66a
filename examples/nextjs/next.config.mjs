// @revkit/* are consumed from their built dist/ like any installed package;
// nothing here transpiles workspace sources.
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
