/** The languages the piece is written in (the `lang` URL parameter). */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];
