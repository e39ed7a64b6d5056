import type { en } from './en';

/**
 * The shape every language's UI strings must have: the English table's keys,
 * with any text (and functions' parameters kept). A missing or extra key in
 * another language's table is a type error naming the key; the build checks
 * the same (scripts/content-plugin.ts).
 */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : { readonly [K in keyof T]: Widen<T[K]> };

export type Strings = Widen<typeof en>;
