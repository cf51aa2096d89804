/**
 * The inflected forms of a demonym given as its masculine singular nisba (`جزائري`):
 * feminine, plurals, dual, accusative, each also with the article.
 *
 * @example
 * demonymForms('روسي'); //=> ['روسي', 'روسية', 'روسيين', 'روسيون', 'روسيان', 'روسيتين', 'روسيات', 'روسيا', 'الروسي', ...]
 */
export function demonymForms(masculine: string): string[] {
  const m = masculine.trim();
  const bare = [m, `${m}ة`, `${m}ين`, `${m}ون`, `${m}ان`, `${m}تين`, `${m}تان`, `${m}ات`, `${m}ا`];
  return [...bare, ...bare.slice(0, -1).map((f) => `ال${f}`)];
}
