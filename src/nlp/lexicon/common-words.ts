import { WordShapes } from '../word-shapes.ts';

// Capitalised words that are ordinary words, not names, when they open a sentence or a headline
// ("According to the journalist, ...", "Meanwhile, ...", "Now, he has ..."). Lower case here.
export const COMMON_WORDS = new Set(
  (
    'a an the this that these those there here it its he she they we you i his her their our your my ' +
    'and or but so yet nor for if when while as after before since until because although though once ' +
    'in on at by with from to of about into over under between among during without within through ' +
    'against across toward towards near above below behind beyond despite according meanwhile however ' +
    'moreover furthermore also still now then today yesterday tomorrow tonight later earlier recently ' +
    'finally instead thus therefore indeed otherwise besides unlike like such both each every all some ' +
    'many most much more few several other another any no not none one two three four five six seven ' +
    'eight nine ten first second third last next new old former latest what which who whom whose why ' +
    'how where is are was were be been being has have had do does did will would can could may might ' +
    'must shall should said says say told tells asked added noted reported wrote according sources ' +
    'officials official experts analysts people residents critics supporters witnesses police troops ' +
    'security local western eastern northern southern only even just already again ever never always ' +
    'thousands hundreds dozens millions billions scores tens ' +
    'often sometimes yes perhaps maybe well meanwhile amid amidst per via upon onto beneath inside outside ' +
    'mr mrs ms dr breaking update exclusive analysis opinion editorial watch read related photo video ' +
    'january february march april may june july august september october november december ' +
    'met sent made took gave came went left won lost hit cut set put led held kept got saw knew thought ' +
    'spoke wants want met tried urged warned called visit visited arrived flew fled ordered announced ' +
    'monday tuesday wednesday thursday friday saturday sunday'
  ).split(/\s+/),
);

const COMMON_SHAPES = new WordShapes(COMMON_WORDS);

/** COMMON_WORDS.has(word.toLowerCase()), most words answered by their shape alone. */
export function isCommonWord(word: string): boolean {
  return COMMON_SHAPES.mayContain(word) && COMMON_WORDS.has(word.toLowerCase());
}

// Words that never continue a person's name when written in lower case after a title
// ("Admiral Faller said", "President Maduro has"), on top of COMMON_WORDS.
export const NOT_SURNAME_ENDINGS = /(?:ed|ing|ly|s)$/;
