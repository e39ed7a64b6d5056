/**
 * The site's public address and publisher, from the build settings
 * (SITE_URL, SITE_PUBLISHER; scripts/site-settings.ts, README "Deploying"):
 * the citation and the printed handout name them.
 */
declare const __SITE__: { url: string; publisher: string };

export const SITE: Readonly<{ url: string; publisher: string }> = Object.freeze({ ...__SITE__ });

/** Text and data of the piece may be reused under this licence (README, "Licence"). */
export const LICENCE = Object.freeze({
  name: 'CC BY 4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
});
