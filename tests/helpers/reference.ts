// A deliberately simple reference normaliser, written from the rule tables and the NFC of the
// runtime, with none of the engine's fast paths: whole-string NFC, then every code point through
// the rules, repeated until nothing changes. The engine must agree with it on every input.
import { CHAR_RULES, type CharRuleId, PRESETS, type NormalizeOptions, type NormalizeRule } from '../../src/index';

export function referenceNormalize(text: string, options: NormalizeOptions = {}): string {
  const preset = PRESETS[options.preset ?? 'default'];
  const on = (rule: NormalizeRule): boolean => (options[rule] ?? preset.switches[rule]) === true;
  const map = new Map<string, string>();
  for (const id of Object.keys(CHAR_RULES) as CharRuleId[]) {
    if (!on(id)) continue;
    const data = CHAR_RULES[id];
    const ranges = (preset.flavour !== 'marsad' && data[preset.flavour]) || data.ranges;
    for (const [first, last, to] of ranges) for (let cp = first; cp <= last; cp++) map.set(String.fromCodePoint(cp), to);
  }
  const applyRules = (s: string): string => {
    let out = '';
    // Iterating by code unit keeps lone surrogates; rules only name BMP characters.
    for (let i = 0; i < s.length; i++) {
      const ch = s[i] as string;
      out += map.has(ch) ? (map.get(ch) as string) : ch;
    }
    return out;
  };
  let current = text;
  for (let k = 0; k < 10; k++) {
    const next = applyRules(on('nfc') ? current.normalize('NFC') : current);
    if (next === current) return current;
    current = next;
  }
  throw new Error('reference normaliser did not settle');
}
