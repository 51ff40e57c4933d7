/** The same tree with every text widened to `string`: what the English side must fill. */
export type Texts<T> = { readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };
