import createMDX from '@next/mdx';
import { STATIC_SECURITY_HEADERS } from './lib/security/static-headers.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  pageExtensions: ['ts', 'tsx', 'md', 'mdx'],
  // PGlite must stay a plain Node import: bundled, its `new URL('./pglite.wasm', import.meta.url)` is
  // rewritten and the first query from a page or server action fails with ERR_INVALID_ARG_TYPE
  // (prisma-offline.md, pitfall 7). @prisma/client and pg are external by default.
  serverExternalPackages: ['@electric-sql/pglite'],
  poweredByHeader: false,
  // forbidden() answers 403 with app/forbidden.tsx (the instructor-only pages, issue 12).
  experimental: { authInterrupts: true },
  // A stamp of this build, inlined into its bundles: the lesson cost cards key the figures they keep in
  // Next's data cache by it (components/lesson/cost.tsx), so a new build never serves an old one's.
  env: { STEPWISE_BUILD_STAMP: String(Date.now()) },
  // The Lambda sandbox's QuickJS module (one file for browser and Node) names `fs` on its Node-only path;
  // in the browser's bundles that import resolves to an empty module (lib/engine/services/lambda-sandbox).
  turbopack: { resolveAlias: { fs: { browser: './lib/engine/services/lambda-sandbox/browser-fs.ts' } } },
  // Security headers that never vary, on every response (static files included). The per-request ones
  // (Content-Security-Policy, HSTS) come from proxy.ts.
  async headers() {
    return [{ source: '/:path*', headers: STATIC_SECURITY_HEADERS }];
  },
};

const withMDX = createMDX({
  options: {
    // Turbopack needs plugins named as strings with JSON options (web-stack.md, pitfall 3).
    // remark-frontmatter parses the YAML block and remark-mdx-frontmatter turns it into an export, so it
    // never shows up as text in the lesson; lib/content reads and validates it separately.
    remarkPlugins: ['remark-frontmatter', ['remark-mdx-frontmatter', { name: 'frontmatter' }], 'remark-gfm'],
    // rehype-slug gives headings the ids the lesson's table of contents links to (lib/content/mdx-scan.ts
    // computes the same ids with github-slugger). Shiki highlights code blocks at build time, in both
    // themes at once (CSS variables; components/lesson/lesson.css picks one): no highlighter reaches the browser.
    rehypePlugins: [
      ['rehype-slug', {}],
      [
        '@shikijs/rehype',
        {
          themes: { light: 'github-light-default', dark: 'github-dark-default' },
          defaultColor: false,
          langs: ['json', 'yaml', 'ts', 'js', 'bash'],
          fallbackLanguage: 'text',
        },
      ],
    ],
  },
});

export default withMDX(nextConfig);
