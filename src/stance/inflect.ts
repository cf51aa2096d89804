/**
 * The forms news writes a verb in, from its past tense (third person masculine singular), for
 * the patterns whose unvocalised forms follow from it: past with its subject suffixes (`نجحت`,
 * `نجحوا`, `نجحا`), present and jussive with their prefixes and suffixes (`ينجح`, `تنجح`, `ينجحون`,
 * `لم ينجحوا`, `لم يتخل`). Forms VII, VIII and X lose their first alef in the present (`التزم` -> `يلتزم`),
 * form IV its hamza (`أخفق` -> `يخفق`); a final `ى` is `ي` in the present but for forms V and VI
 * (`تخلى` -> `يتخلى`, `اشترى` -> `يشتري`). Hollow and assimilated verbs of form I (`قال`, `وفى`) do
 * not follow: list their forms as phrases.
 *
 * @example
 * verbForms('أخفق'); //=> ['أخفق', 'أخفقت', 'أخفقوا', 'أخفقا', 'أخفقتا', 'يخفق', 'تخفق', 'نخفق', 'يخفقون', 'تخفقون', 'يخفقوا', 'يخفقان', 'تخفقان']
 */
export function verbForms(past: string): string[] {
  const word = past.trim();
  if (word.length < 2) return [word];
  const defective = word.endsWith('ى');
  const root = defective ? word.slice(0, -1) : word;
  const past3 = defective ? [word, `${root}ت`, `${root}وا`, `${root}يا`, `${root}تا`] : [word, `${word}ت`, `${word}وا`, `${word}ا`, `${word}تا`];
  const first = word[0];
  // Forms VII, VIII, X (انتقد، التزم، استغل) and IV (أخفق) drop their first letter after the prefix.
  let stem = first === 'ا' || first === 'أ' ? word.slice(1) : word;
  const keepsAlefMaqsura = first === 'ت';
  if (defective && !keepsAlefMaqsura) stem = `${stem.slice(0, -1)}ي`;
  const base = defective ? stem.slice(0, -1) : stem;
  const present = [`ي${stem}`, `ت${stem}`, `ن${stem}`];
  const plural = defective ? [`ي${base}ون`, `ت${base}ون`, `ي${base}وا`] : [`ي${stem}ون`, `ت${stem}ون`, `ي${stem}وا`];
  const dual = defective ? [`ي${base}يان`, `ت${base}يان`] : [`ي${stem}ان`, `ت${stem}ان`];
  // لم يتخل، لم تشتر: the jussive drops the final vowel.
  const jussive = defective ? [`ي${base}`, `ت${base}`] : [];
  return [...new Set([...past3, ...present, ...plural, ...dual, ...jussive])];
}
