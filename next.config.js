import createMDX from '@next/mdx';

/** @type {import('next').NextConfig} */
const nextConfig = {
  pageExtensions: ['ts', 'tsx', 'md', 'mdx'],
  // PGlite must stay a plain Node import: bundled, its `new URL('./pglite.wasm', import.meta.url)` is
  // rewritten and the first query from a page or server action fails with ERR_INVALID_ARG_TYPE
  // (prisma-offline.md, pitfall 7). @prisma/client and pg are external by default.
  serverExternalPackages: ['@electric-sql/pglite'],
  poweredByHeader: false,
  // The Lambda sandbox's QuickJS module (one file for browser and Node) names `fs` on its Node-only path;
  // in the browser's bundles that import resolves to an empty module (lib/engine/services/lambda-sandbox).
  turbopack: { resolveAlias: { fs: { browser: './lib/engine/services/lambda-sandbox/browser-fs.ts' } } },
};

const withMDX = createMDX({
  options: {
    // Turbopack needs plugins named as strings with JSON options (web-stack.md, pitfall 3).
    // remark-frontmatter parses the YAML block and remark-mdx-frontmatter turns it into an export, so it
    // never shows up as text in the lesson; lib/content reads and validates it separately.
    remarkPlugins: ['remark-frontmatter', ['remark-mdx-frontmatter', { name: 'frontmatter' }], 'remark-gfm'],
    rehypePlugins: [],
  },
});

export default withMDX(nextConfig);
