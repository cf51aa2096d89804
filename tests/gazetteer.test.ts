// The gazetteer compiler: user data is validated, and a bad entry gets an error that names it.
import { describe, expect, it } from 'vitest';
import { ACTORS, type ActorEntry } from '../src/index';
import { compileGazetteer, gazetteerStrings } from '../src/actors/gazetteer';
import { matchActors } from '../src/actors/find';
import { createWordLexicon } from '../src/text/lexicon';
import { Tokenizer } from '../src/text/tokenizer';

const mali: ActorEntry = { id: 'MLI', type: 'state', name: { ar: 'مالي', en: 'Mali' }, names: ['مالي'], capitals: ['باماكو'] };
const compile = (entries: readonly ActorEntry[]) => {
  const tokenizer = new Tokenizer(createWordLexicon(gazetteerStrings(entries)));
  return { tokenizer, gazetteer: compileGazetteer(entries, tokenizer) };
};

describe('compileGazetteer', () => {
  it('compiles the bundled gazetteer without a conflict', () => {
    expect(compile(ACTORS).gazetteer.entries.size).toBe(ACTORS.length);
  });
  it('takes a small user gazetteer, and finds with it', () => {
    const { tokenizer, gazetteer } = compile([mali, { id: 'sahel-ngo', type: 'media', name: { ar: 'صوت الساحل', en: 'Voice of the Sahel' }, names: ['صوت الساحل'] }]);
    const text = 'نقل صوت الساحل عن مصادر في باماكو';
    expect(matchActors(text, tokenizer.tokenize(text), gazetteer).map((a) => [a.id, a.mentions[0]!.text])).toEqual([
      ['sahel-ngo', 'صوت الساحل'],
      ['MLI', 'باماكو'],
    ]);
  });
  it.each([
    [[{ ...mali, id: 'Mali!' }], /gazetteer entry 0 \(Mali!\): id must be letters, digits, '-' or '_', got string \("Mali!"\)/],
    [[mali, mali], /gazetteer entry 1 \(MLI\): the id MLI is used twice/],
    [[{ ...mali, type: 'country' }], /gazetteer entry 0 \(MLI\): type must be one of state, igo, .*got string \("country"\)/],
    [[{ ...mali, name: { ar: 'مالي' } }], /gazetteer entry 0 \(MLI\): name must be \{ ar, en \}/],
    [[{ ...mali, names: [] }], /gazetteer entry 0 \(MLI\): names must be a non-empty array of strings/],
    [[{ ...mali, capitals: ['Bamako'] }], /gazetteer entry 0 \(MLI\): capitals\[0\] must be Arabic text, got string \("Bamako"\)/],
    [[{ ...mali, parent: 'ECOWAS' }], /gazetteer entry MLI: parent "ECOWAS" is not an actor id/],
    [[{ ...mali, region: 'africa' }], /region must be one of sahel/],
    [[mali, { ...mali, id: 'MLI2', names: ['جمهورية مالي'], capitals: ['باماكو'] }], /gazetteer entry MLI2: "باماكو" is also a variant of gazetteer entry MLI/],
    ['not an array', /compileGazetteer: expected an array of actor entries, got string/],
  ])('rejects %j', (entries, message) => {
    expect(() => compile(entries as unknown as ActorEntry[])).toThrow(message);
  });
});
