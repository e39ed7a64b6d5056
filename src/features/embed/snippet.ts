/**
 * The copy-paste embed code the "Embed" dialog shows: an iframe plus
 * embed.js, or the pym.js variant for sites that already run pym.
 */
import type { CityId } from '../../content/city-ids';
import { entryFor } from '../../content/entries';
import { entryDefaults } from '../../store/page-entry';
import { buildSearch, type Lang, type Theme } from '../../store/url-state';

export interface EmbedOptions {
  city: CityId | null;
  lang: Lang;
  theme: Theme;
  /** Initial frame height in CSS px, before the first height message arrives. */
  height: number;
}

export const MIN_HEIGHT = 300;
export const MAX_HEIGHT = 1600;

/**
 * The embed entry for the chosen language (`/embed/`, `/es/embed/`) under the
 * site's `base` (ending in '/'), with the chosen city and theme.
 */
export function embedUrl(origin: string, base: string, options: EmbedOptions): string {
  const entry = entryFor(options.lang, 'embed');
  const defaults = entryDefaults(entry);
  const search = buildSearch(
    { ...defaults, city: options.city, theme: options.theme },
    '',
    defaults,
  );
  return `${origin}${base}${entry.path}${search}`;
}

function clampHeight(height: number): number {
  return Number.isFinite(height)
    ? Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(height)))
    : 640;
}

/** Escapes text for an HTML attribute value in double quotes. */
function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The host script the code loads: its file under the site's base, and its Subresource Integrity. */
export interface HostScript {
  file: string;
  integrity: string;
}

/**
 * The iframe and the pinned host script. `width` (px) is for oEmbed
 * consumers, which keep only an iframe's `src`, `width`, `height`, `title`,
 * `frameborder`, `scrolling` and `class` (WordPress): the page's own code
 * sizes the frame's width with its style instead.
 */
export function iframeSnippet(
  origin: string,
  base: string,
  title: string,
  options: EmbedOptions,
  script: HostScript,
  width?: number,
) {
  const src = embedUrl(origin, base, options);
  const sized = width ? ` width="${Math.round(width)}" frameborder="0"` : '';
  return [
    `<iframe data-ice-map class="ice-cities-map" src="${attr(src)}" title="${attr(title)}" lang="${options.lang}"${sized} height="${clampHeight(options.height)}"`,
    `  style="width:100%;border:0" loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups"></iframe>`,
    `<script async src="${attr(`${origin}${base}${script.file}`)}" integrity="${attr(script.integrity)}" crossorigin="anonymous"></script>`,
  ].join('\n');
}

/** A JavaScript string literal that cannot close the surrounding <script>. */
function jsString(value: string): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function pymSnippet(origin: string, base: string, title: string, options: EmbedOptions) {
  const src = embedUrl(origin, base, options);
  return [
    `<div id="ice-cities-map"></div>`,
    `<script src="https://pym.nprapps.org/pym.v1.min.js"></script>`,
    `<script>new pym.Parent('ice-cities-map', ${jsString(src)}, { title: ${jsString(title)} });</script>`,
  ].join('\n');
}
