/**
 * The build's settings for where the site lives, from the environment
 * (README, "Deploying"):
 * - SITE_URL: the site's public address, e.g. https://news.example/graphics/ice-map/.
 *   Share cards, canonical links and structured data need absolute URLs, and
 *   its path is where the pages and assets live (Vite's `base`).
 * - SITE_PUBLISHER, SITE_PUBLISHER_URL: who publishes it (structured data, card).
 */
export const DEFAULT_SITE_URL = 'http://localhost:4173/';
export const DEFAULT_PUBLISHER = 'ICE cities map';

export interface SiteSettings {
  /** Absolute, ending in '/'. */
  siteUrl: string;
  /** The URL's path: Vite's `base`. */
  base: string;
  publisher: { name: string; url?: string };
  /** True when SITE_URL was not set (the build says so: cards would point at localhost). */
  usingDefaultUrl: boolean;
}

function absoluteUrl(name: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `${name} must be an absolute http(s) URL, such as https://news.example/ice-map/ (got "${value}").`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${name} must be an http(s) URL (got "${value}").`);
  }
  if (url.search || url.hash)
    throw new Error(`${name} must have no query or fragment (got "${value}").`);
  return url;
}

export function siteSettings(env: Record<string, string | undefined> = process.env): SiteSettings {
  const given = env.SITE_URL?.trim();
  const url = absoluteUrl('SITE_URL', given || DEFAULT_SITE_URL);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  const publisherUrl = env.SITE_PUBLISHER_URL?.trim();
  return {
    siteUrl: url.href,
    base: url.pathname,
    publisher: {
      name: env.SITE_PUBLISHER?.trim() || DEFAULT_PUBLISHER,
      url: publisherUrl ? absoluteUrl('SITE_PUBLISHER_URL', publisherUrl).href : url.href,
    },
    usingDefaultUrl: !given,
  };
}
