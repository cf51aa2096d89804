import { ACTORS } from './actors/data/actors';
import { compileGazetteer, gazetteerStrings, type Gazetteer } from './actors/gazetteer';
import { createWordLexicon } from './text/lexicon';
import { Tokenizer } from './text/tokenizer';

/**
 * The bundled lexicons, compiled on first use and shared by the convenience functions
 * (`tokenize`, `stem`, `findActors`). Compiling is deterministic, so sharing it changes no result.
 */
let tokenizer: Tokenizer | undefined;
let gazetteer: Gazetteer | undefined;

/** @internal the tokenizer over the bundled vocabulary and gazetteer names. */
export function defaultTokenizer(): Tokenizer {
  return (tokenizer ??= new Tokenizer(createWordLexicon(gazetteerStrings(ACTORS))));
}

/** @internal the bundled gazetteer, compiled. */
export function defaultGazetteer(): Gazetteer {
  return (gazetteer ??= compileGazetteer(ACTORS, defaultTokenizer()));
}
