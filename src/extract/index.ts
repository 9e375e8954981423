// Stage 3 — extract: PLOVER events between actors, with attribution, negation, hedging and time.
//
// Per sentence: tokens (tokens.ts) → actor phrases from the mentions plus Dossier's own phrase
// rules (actors.ts) → reporting frames (attribution.ts) → triggers and roles (events.ts, driven by
// data/rules.json and the derived data/cameo-verbs.json) → time (time.ts). Document state carries
// pronouns ("he said"), generic outlets ("the agency reported") and surnames ("Faller") across
// sentences. Every event carries `rule`, the id of the rule or lexicon entry that produced it.
import { createRequire } from 'node:module';
import type { ActorRef, Attribution, CitedSource, ExtractedEvent, IsoDate, Mention, Sentence, TimeSpan } from '../types.ts';
import { analyzeTexts, findDateline } from '../nlp/index.ts';
import { asCountry, branchCountry, findActors, hasSpace, lastWord, placeOf, type Actor } from './actors.ts';
import { newMemory, remember, resolveDescriptions } from './anaphora.ts';
import { canonicalOutlet, findFrames, interviewPrefix, isOutletName, isReportingVerb, type ChainEl, type Frame } from './attribution.ts';
import { codeSentence, NO_RECIPIENT, type SentenceContext, type SentenceEvent } from './events.ts';
import { getLexicon } from './lexicon.ts';
import { findTimes, parsePublished } from './time.ts';
import { isSpaceAt, tokBefore, tokenizeSentence, type Tok } from './tokens.ts';
import { englishPlaceName, GLOSSED_LANGUAGES, glossSentence, withoutParticle } from './gloss.ts';

const require = createRequire(import.meta.url);
const aidModes = (require('./data/cues.json') as { aidModes: Record<string, string[]> }).aidModes;
/** Words for a news outlet that a name right after them is ("the radio station Sahel Direct"). */
const OUTLET_NOUNS = new Set(['station', 'radio', 'newspaper', 'broadcaster', 'channel', 'website', 'portal', 'outlet', 'daily', 'weekly', 'magazine', 'agency', 'network', 'television', 'tv']);
const AID_MODES: [string, Set<string>][] = Object.entries(aidModes).filter(([k]) => k !== '_').map(([k, v]) => [k, new Set(v)]);

/** English glosses of Romance articles and prepositions. */
const GLOSSED_FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'and', 'for', 'by', 'with', 'from']);

/** Every (glossed) token inside the mention is a function word. */
function onlyFunctionWords(toks: Tok[], m: Mention): boolean {
  let any = false;
  for (const t of toks) {
    if (t.start < m.start || t.end > m.end) continue;
    any = true;
    if (!GLOSSED_FUNCTION_WORDS.has(t.lower)) return false;
  }
  return any;
}

/** Languages whose sentences the coder reads (through the gloss) besides English. */
export { GLOSSED_LANGUAGES, glossedMentions } from './gloss.ts';

export interface ExtractionInput {
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  /** The article's publication date, against which relative times resolve. */
  published: IsoDate | null;
  /**
   * Keep events with no source or no target. Off for documents: the graph's events are edges, and
   * in running news a one-sided event is mostly a role the coder failed to fill (only families that
   * are one-actor by nature — protests, resignations — stay). `dossier code` codes single lines and
   * keeps them, as PLOVER coding does.
   */
  oneSided?: boolean;
  /** The article's language (ISO 639-1): Spanish and French sentences are read through gloss.ts. */
  language?: string | null;
}

export interface Extraction {
  events: ExtractedEvent[];
  cited: CitedSource[];
}

interface SentenceState {
  actors: Actor[];
  toks: Tok[];
}

/**
 * Types the derived CAMEO verbs code too loosely for running articles ("exhibit", "perpetuate",
 * "move", "call" in background and reported clauses): in documents only hand rules code them. Over
 * the project's tuning corpora these derived events were right 1 time in 23 (`dossier code`, which
 * reads single curated sentences, keeps them). Derived ASSAULT verbs (struck, shelled, bombed) name
 * concrete acts and stay: the blind heldout5 corpus lost five right attacks without them.
 */
const DOCUMENT_HAND_ONLY = new Set(['THREATEN', 'ACCUSE', 'CONSULT', 'COERCE']);

/** A derived event of a type that documents code by hand rules only (DOCUMENT_HAND_ONLY). */
const documentDrops = (e: ExtractedEvent): boolean => e.rule.startsWith('cameo:') && DOCUMENT_HAND_ONLY.has(e.type);

const NO_MENTIONS: Mention[] = [];
/** Opens with a quote mark, after any white space (/^\s*[“"«]/, read by hand: asked per sentence). */
function opensQuote(text: string): boolean {
  let k = 0;
  while (k < text.length && isSpaceAt(text, k)) k++;
  const c = text[k];
  return c === '“' || c === '"' || c === '«';
}

/** text[from, to) holds a blank line: two line breaks with only white space between (/\n\s*\n/). */
function blankLineIn(text: string, from: number, to: number): boolean {
  let afterBreak = false;
  for (let k = from; k < to; k++) {
    if (text.charCodeAt(k) === 10) {
      if (afterBreak) return true;
      afterBreak = true;
    } else if (!isSpaceAt(text, k)) afterBreak = false;
  }
  return false;
}
const PERSONAL = new Set(['he', 'she', 'him', 'his', 'her']);
const PLURAL = new Set(['they', 'them', 'their']);

/** A word the lexicon knows as a verb or noun (one function for all documents, not a closure per call). */
function isCommon(w: string): boolean {
  const lex = getLexicon();
  return lex.verbs.has(w) || lex.nouns.has(w);
}

export function extractEvents(input: ExtractionInput): Extraction {
  const lex = getLexicon();
  const events: ExtractedEvent[] = [];
  const cited: CitedSource[] = [];
  const history: SentenceState[] = [];
  const anaphora = newMemory();
  const surnames = new Map<string, string>();
  let lastPersonSpeaker: string | null = null;
  let lastOutlet: string | null = null;
  let prevAttribution: Attribution | null = null;
  let quoteOpen = false;
  let prevEnd = 0;
  /** The interviewee whose answer paragraph this is ("Tarriela: …"), if any. */
  let answering: { speaker: ChainEl; actor: Actor } | null = null;
  /** Person → the country they speak for ("Jay Tarriela, the Philippine Coast Guard's spokesman"): an interviewee's "we". */
  const affiliations = new Map<string, Actor>();
  // Speakers the sentence names only by office ("the top commander said") or by a generic outlet
  // noun ("the agency reported") before the document names them: resolved after the last sentence.
  const unresolvedSpeakers: PendingSpeaker[] = [];
  const personSpeakers: { name: string; sentence: number }[] = [];
  const outletsSeen: { name: string; sentence: number }[] = [];
  const pubDate = input.published ? normPub(input.published) : null;
  const pubSpan: TimeSpan | null = pubDate ? { start: pubDate, end: pubDate } : null;
  /** What the sentence said of an event that responseTargets and refusedDemands read (documents only). */
  const hints = new Map<ExtractedEvent, AnswerHints>();
  const mentionsBySentence: Mention[][] = [];
  for (const m of input.mentions) {
    const list = mentionsBySentence[m.sentence];
    if (list) list.push(m);
    else mentionsBySentence[m.sentence] = [m];
  }

  // A wire dateline ("CARACAS, Jan 3 (Reuters) -") is no part of the sentence: its place is where
  // the report was filed, never an actor, so the sentence is coded from the word after the dash.
  const dateline = findDateline(input.text, input.sentences);
  const glossed = input.language && GLOSSED_LANGUAGES.has(input.language) ? input.language : null;
  for (const sentence of input.sentences) {
    const sentenceToks = tokenizeSentence(sentence.text, sentence.start, lex.lemma);
    const bodyToks = dateline && dateline.sentence === sentence.index ? sentenceToks.filter((t) => t.start >= dateline.bodyStart) : sentenceToks;
    const toks = glossed ? glossSentence(bodyToks, glossed, lex.lemma) : bodyToks;
    if (toks.length === 0) continue;
    // A new paragraph ends a quotation unless it opens with a quote mark itself.
    const opensWithQuote = opensQuote(sentence.text);
    const newParagraph = blankLineIn(input.text, prevEnd, sentence.start);
    if (newParagraph && !opensWithQuote) { quoteOpen = false; prevAttribution = null; }
    prevEnd = sentence.end;
    // The English tagger takes a capitalised article for a name ("La policía detuvo …"): in a glossed
    // sentence a mention of function words only is none (the group word after it is the actor).
    const sentenceMentions = mentionsBySentence[sentence.index] ?? NO_MENTIONS;
    const mentions = glossed ? sentenceMentions.filter((m) => !onlyFunctionWords(toks, m)) : sentenceMentions;
    const found = findActors(toks, mentions, isCommon);
    // ("Rusia", "Estados Unidos": a country the mention names in the article's language.)
    if (glossed) {
      for (const a of found) {
        const english = englishPlaceName(a.name, glossed);
        // A capital acts for its state, as in English ("La Habana" → Havana → Cuba).
        const state = english ? placeOf(english.toLowerCase()) : undefined;
        if (state) a.etype = 'GPE';
        a.name = state ?? english ?? withoutParticle(a.name);
        // A tagger's span opening with the glossed particle ("de China Meridional"): the particle governs it.
        while (a.from < a.to && (toks[a.from].lower === 'of' || toks[a.from].lower === 'the')) {
          if (toks[a.from].lower === 'of') a.prep = 'of';
          a.from++;
        }
      }
    }
    const actors = resolveDescriptions(anaphora, toks, dropGlosses(toks, found), sentence.index);
    for (const a of actors) {
      if ((a.etype === 'PERSON' || a.kind === 'proper') && hasSpace(a.name) && !isOutletName(a.name)) {
        surnames.set(lastWord(a.name).toLowerCase(), a.name);
      }
    }
    const frames = findFrames(toks, actors);
    // Interview answers: the speaker's voice holds to the paragraph's end.
    const prefix = interviewPrefix(toks, actors);
    if (prefix) answering = prefix.speaker && prefix.actor ? { speaker: prefix.speaker, actor: prefix.actor } : null;
    else if (newParagraph) answering = null;
    if (prefix?.frame) frames.push(prefix.frame);
    else if (answering && !prefix) frames.push({ from: 0, to: toks.length - 1, frameFrom: -1, frameTo: -1, chain: [answering.speaker], how: 'interview', pronoun: null });
    const answerer = answering ? affiliations.get(answering.actor.name) ?? answering.actor : null;
    learnAffiliations(toks, actors, affiliations);
    const resolvePronoun = (p: Actor): Actor[] => {
      if (!FIRST_PERSON.has(p.name)) return resolve(p, actors, history, toks);
      // (An interviewee's "we" is the country they speak for, when the article says which.)
      return answerer ? [answerer] : quoteSpeaker(p, frames, actors);
    };
    const ctx: SentenceContext = { toks, actors, frames, resolvePronoun };
    const coded = codeSentence(ctx);
    // Times only matter for the sentence's events: a sentence without any is not scanned.
    const times = coded.length ? timesInSentence(sentence, toks, sentenceToks, input.published) : [];

    // Attribution for this sentence's content, resolved against the document so far.
    const frameAttribution = (f: Frame[]): Attribution | null => {
      if (!f.length) return null;
      const chain: string[] = [];
      let named: { name: string; text: string; mention: number | null } | null = null;
      let innermost: { name: string; text: string; mention: number | null } | null = null;
      let pending: 'role' | 'outlet' | null = null;
      for (const x of f) {
        for (const c of x.chain) {
          let name = c.name;
          let isNamedEl = c.named;
          let unresolved: 'role' | 'outlet' | null = c.role ? 'role' : null;
          if (x.pronoun && PERSONAL.has(x.pronoun) && lastPersonSpeaker) { name = lastPersonSpeaker; isNamedEl = true; }
          else if (x.pronoun && !PERSONAL.has(x.pronoun) && !PLURAL.has(x.pronoun) && c.outlet) {
            if (lastOutlet) { name = lastOutlet; isNamedEl = true; } else unresolved = 'outlet';
          }
          if (isNamedEl) name = surnames.get(name.toLowerCase()) ?? name;
          chain.push(name);
          innermost = { name, text: c.text, mention: c.mention };
          pending = unresolved;
          if (isNamedEl) named = { name, text: c.text, mention: c.mention };
        }
      }
      // "X reported that the top commander … says …": the office-holder inside the report is the
      // claim's voice when the document names them nearby; else the named outer voice.
      const roleInside = pending === 'role' && named && innermost !== named;
      const pick = roleInside ? innermost! : named ?? innermost!;
      const out: Attribution = { name: pick.name, text: pick.text, mention: pick.mention, chain };
      if (roleInside) unresolvedSpeakers.push({ attribution: out, kind: 'role', sentence: sentence.index, fallback: { name: named!.name, text: named!.text, mention: named!.mention } });
      else if (!named && pending) unresolvedSpeakers.push({ attribution: out, kind: pending, sentence: sentence.index });
      return out;
    };

    for (const f of frames) {
      for (const c of f.chain) {
        if (c.outlet && c.named) {
          const name = canonicalOutlet(c.name);
          lastOutlet = name;
          outletsSeen.push({ name, sentence: sentence.index });
          if (!cited.some((x) => x.name === name)) cited.push({ name, how: f.how === 'said' ? 'reported' : f.how, sentence: sentence.index });
        } else if (c.outlet && f.pronoun && lastOutlet && !cited.some((x) => x.name === lastOutlet)) {
          cited.push({ name: lastOutlet, how: f.how, sentence: sentence.index });
        }
      }
    }
    // Outlets credited in passing: "(EFE)", "reported at Primer Informe", "an interview with Axios",
    // "an interview with the radio station Sahel Direct" (a name right after a word for an outlet is one).
    for (const a of actors) {
      if (a.kind === 'pronoun' || a.etype === 'PERSON') continue;
      const prevTok = tokBefore(toks, a.from)?.lower;
      if (!isOutletName(a.name) && !OUTLET_NOUNS.has(prevTok ?? '')) continue;
      const name = canonicalOutlet(a.name);
      const how = prevTok === '(' ? 'credit' : toks.slice(Math.max(0, a.from - 6), a.from).some((t) => t.lower === 'interview') ? 'interview' : a.prep === 'by' ? 'cited by' : null;
      const speechNear = frames.some((f) => a.from >= f.frameFrom && a.to <= f.frameTo + 3);
      outletsSeen.push({ name, sentence: sentence.index });
      if (!how && !speechNear) continue;
      lastOutlet = name;
      if (!cited.some((x) => x.name === name)) cited.push({ name, how: how ?? 'reported', sentence: sentence.index });
    }

    for (const e of coded) {
      if (e.groupOnly && !input.oneSided) continue;
      const containing = frames.filter((f) => e.anchor >= f.from && e.anchor <= f.to).sort((a, b) => (b.to - b.from) - (a.to - a.from));
      let attribution = frameAttribution(containing);
      if (!attribution && (quoteOpen || (opensWithQuote && frames.length === 0)) && prevAttribution) attribution = prevAttribution;
      const when = pickTime(e, coded, times, frames, toks);
      const mode = e.type === 'AID' && !e.mode ? aidMode(toks) : e.mode;
      const sources: (Actor | null)[] = e.source.length ? e.source : [null];
      const targets: (Actor | null)[] = e.target.length ? e.target : [null];
      // Compound actors ("Hungarian and Romanian officials agreed"): one event per actor pair.
      for (const s of sources) {
        for (const t of targets) {
          const source = s ? ref(s, surnames) : null;
          let target = t ? ref(t, surnames) : null;
          // Same entity on both sides ("Cuba … the Cuban agents") is no event between actors; a type
          // coded without a recipient keeps its doer ("Kenyans protested in Nairobi": Kenya protests).
          if (source && target && source.name === target.name) {
            if (targets.length > 1 || (!NO_RECIPIENT.has(e.type) && !input.oneSided)) continue;
            // ("Afghan guerillas blew up power lines into Kabul": `dossier code` keeps the doer's act.)
            target = null;
          }
          // One event per (type, source, target) in a sentence, whichever trigger said it first.
          const sn = source ? source.name : null;
          const tn = target ? target.name : null;
          if (events.some((x) => x.sentence === sentence.index && x.type === e.type && x.source?.name === sn && x.target?.name === tn)) continue;
          // One event per (source, target) in a sentence unless the triggers sit in distinct clauses:
          // "sent weapons and dispatched fighters to help X" is one act, coded by the surer rule.
          let replace = -1;
          if (sn && tn) {
            const k = events.findIndex((x) => x.sentence === sentence.index && x.source?.name === sn && x.target?.name === tn);
            if (k >= 0) {
              const prev = events[k];
              const prevAt = tokIndexAt(toks, prev.trigger.start);
              if (!distinctClauses(toks, prevAt, e.anchor)) {
                const prevDerived = prev.rule.startsWith('cameo:');
                const curDerived = e.derived;
                if (prevDerived && !curDerived || prevDerived === curDerived && reducedRelative(toks, prevAt)) replace = k;
                else continue;
              }
            }
          }
          const anchor = toks[e.anchor];
          const trigEnd = toks[Math.max(e.anchor, e.match.anchorEnd - 1)];
          const ev: ExtractedEvent = {
            index: replace >= 0 ? replace : events.length,
            sentence: sentence.index,
            type: e.type,
            mode,
            source,
            target,
            attribution,
            negated: e.negated,
            hedged: e.hedged,
            when: when ?? pubSpan,
            whenFrom: when ? 'text' : pubSpan ? 'publication' : null,
            trigger: { start: anchor.start, end: trigEnd.end, text: input.text.slice(anchor.start, trigEnd.end) },
            rule: e.rule,
          };
          if (replace >= 0) events[replace] = ev;
          else events.push(ev);
          if (!input.oneSided) hints.set(ev, answerHints(e, toks, s, t, ev));
        }
      }
    }
    // Remember the last named person who spoke, for "he said" later.
    for (const f of frames) {
      const inner = [...f.chain].reverse().find((c) => c.person);
      if (inner) {
        lastPersonSpeaker = surnames.get(lastWord(inner.name).toLowerCase()) ?? inner.name;
        personSpeakers.push({ name: lastPersonSpeaker, sentence: sentence.index });
      }
    }
    const sentenceAttr = frames.length ? frameAttribution([...frames].sort((a, b) => (b.to - b.from) - (a.to - a.from))) : null;
    const { opens, closes } = countQuotes(sentence.text);
    if (sentenceAttr) prevAttribution = sentenceAttr;
    else if (!quoteOpen) prevAttribution = null;
    quoteOpen = quoteOpen ? closes < opens + 1 : opens > closes;
    history.push({ actors, toks });
    remember(anaphora, toks, actors, sentence.index);
    for (const p of personSpeakers) anaphora.speakers.add(p.name);
  }
  resolveSpeakers(unresolvedSpeakers, personSpeakers, outletsSeen, cited);
  if (input.oneSided) return { events, cited };
  impliedTargets(events);
  responseTargets(events, hints);
  refusedDemands(events, hints);
  // Documents keep events between two actors: one with a single party ("students protested in the
  // capital", "the minister resigned") is `dossier code`'s (oneSided), not the graph's.
  const kept = events.filter((e) => e.source && e.target && !documentDrops(e));
  kept.forEach((e, k) => { e.index = k; });
  return { events: kept, cited };
}

/** Types whose recipient an article often leaves to the reader once it has named it. */
const IMPLIED_TARGET_TYPES = new Set(['AID', 'COOPERATE']);

/**
 * "Iran has delivered about 330 so far": a doer's act with no recipient named in its sentence,
 * in an article that names one recipient for the same doer and type elsewhere, is done to that one
 * (the most frequent, then the first). Only an explicit pair of the article fills it.
 */
function impliedTargets(events: ExtractedEvent[]): void {
  const counts = new Map<string, Map<string, { target: NonNullable<ExtractedEvent['target']>; n: number }>>();
  for (const e of events) {
    if (!e.source || !e.target || !IMPLIED_TARGET_TYPES.has(e.type)) continue;
    const key = `${e.type} ${e.source.name}`;
    let byTarget = counts.get(key);
    if (!byTarget) counts.set(key, (byTarget = new Map()));
    const c = byTarget.get(e.target.name);
    if (c) c.n++;
    else byTarget.set(e.target.name, { target: e.target, n: 1 });
  }
  for (const e of events) {
    if (!e.source || e.target || !IMPLIED_TARGET_TYPES.has(e.type)) continue;
    const byTarget = counts.get(`${e.type} ${e.source.name}`);
    if (!byTarget) continue;
    let best: { target: NonNullable<ExtractedEvent['target']>; n: number } | null = null;
    for (const c of byTarget.values()) if (!best || c.n > best.n) best = c;
    if (!best) continue;
    const name = best.target.name;
    if (events.some((x) => x.sentence === e.sentence && x.type === e.type && x.source?.name === e.source!.name && x.target?.name === name)) continue;
    e.target = { ...best.target, text: best.target.name, mention: null };
  }
}

/** What the sentence tells of an event that the document-level answers (responseTargets, refusedDemands) need. */
interface AnswerHints {
  /** A threatened response's own side when not its doer ("Kanaani warned that Iran would respond": Iran). */
  side?: string;
  /** A refusal's object is a thing, not an actor ("refused to remove the ship"). */
  refusedThing?: boolean;
  /** What a refusal refuses, by its object noun ("rejected the sanctions": SANCTION). */
  refusedKind?: ReadonlySet<string>;
  /** The country a hostile act's target speaks for when not its name ("Malian Defence Minister Sadio Camara": Mali). */
  targetSide?: string;
  /** The same of a sanction's doer ("the U.S. Treasury Department": United States). */
  sourceSide?: string;
}

function answerHints(e: SentenceEvent, toks: Tok[], s: Actor | null, t: Actor | null, ev: ExtractedEvent): AnswerHints {
  const h: AnswerHints = {};
  if (e.side) h.side = e.side.name;
  if (e.type === 'REJECT') {
    h.refusedThing = t?.kind === 'group' && !t.countryOnly;
    h.refusedKind = refusedKind(toks, e.match.anchorEnd);
  }
  if (HOSTILE_ACTS.has(ev.type)) {
    const side = t ? sideOf(toks, t) : undefined;
    if (side && side !== ev.target?.name) h.targetSide = side;
    const sourceSide = s && ev.type === 'SANCTION' ? sideOf(toks, s) : undefined;
    if (sourceSide && sourceSide !== ev.source?.name) h.sourceSide = sourceSide;
  }
  return h;
}

/** The latest event before events[k] within five sentences of it that `fits`, if any. */
function latestBefore(events: ExtractedEvent[], k: number, fits: (x: ExtractedEvent) => boolean): ExtractedEvent | undefined {
  for (let j = k - 1; j >= 0; j--) {
    if (events[k].sentence - events[j].sentence > 5) return undefined;
    if (fits(events[j])) return events[j];
  }
  return undefined;
}

/** The country an actor phrase names by a demonym or country name inside it or just before it ("Malian Defence Minister Sadio Camara"), if any. */
function sideOf(toks: Tok[], a: Actor): string | undefined {
  // (An actor a pronoun resolved to comes from an earlier sentence: its words are its text only.)
  const here = toks[a.from] !== undefined && a.text.startsWith(toks[a.from].text);
  if (here) {
    for (let k = Math.max(0, a.from - 3); k <= a.to && k < toks.length; k++) {
      const t = toks[k];
      if (k < a.from && t.punct) continue;
      const c = t.cap ? placeOf(t.lower) : undefined;
      if (c) return c;
    }
    return undefined;
  }
  for (const w of a.text.split(' ')) {
    const c = /^\p{Lu}/u.test(w) ? placeOf(w.toLowerCase()) : undefined;
    if (c) return c;
  }
  return undefined;
}

const DEMANDS: ReadonlySet<string> = new Set(['REQUEST']);
const HOSTILE_ACTS: ReadonlySet<string> = new Set(['SANCTION', 'COERCE', 'ACCUSE', 'REQUEST', 'THREATEN', 'ASSAULT']);
/** Object nouns of a refusal and the acts they name ("rejected the sanctions", "rejected that account"). */
const REFUSED_NOUNS = new Map<string, ReadonlySet<string>>([
  ...['sanction', 'embargo', 'penalty', 'tariff'].map((w) => [w, new Set(['SANCTION'])] as const),
  ...['accusation', 'allegation', 'claim', 'charge', 'account', 'report', 'criticism'].map((w) => [w, new Set(['ACCUSE'])] as const),
  ...['decision', 'move', 'measure', 'step'].map((w) => [w, HOSTILE_ACTS] as const),
]);

/** What the refusal whose trigger ends at `from` refuses: the act its object noun names (within three words), else a demand. */
function refusedKind(toks: Tok[], from: number): ReadonlySet<string> {
  for (let k = from; k < Math.min(toks.length, from + 4); k++) {
    if (toks[k].punct) break;
    const kind = REFUSED_NOUNS.get(toks[k].noun);
    if (kind) return kind;
  }
  return DEMANDS;
}

/**
 * "Chen repeated Beijing's demand that the Philippines remove the ship. … Manila has refused to
 * remove the ship.", "… demanded that the vessel leave. Manila refused.", "… imposed sanctions on
 * Mali. Mali rejected the sanctions": a refusal that names no actor refuses the latest act of its
 * kind (a demand unless its object names another: refusedKind) done to its doer within five
 * sentences, and is aimed at whoever did it.
 */
function refusedDemands(events: ExtractedEvent[], hints: Map<ExtractedEvent, AnswerHints>): void {
  events.forEach((e, k) => {
    const h = hints.get(e);
    if (e.type !== 'REJECT' || !e.source || (e.target && !h?.refusedThing)) return;
    const kind = h?.refusedKind ?? DEMANDS;
    const doer = e.source.name;
    const x = latestBefore(events, k, (x) => kind.has(x.type) && !!x.source && x.source.name !== doer && !documentDrops(x)
      && (x.target?.name === doer || hints.get(x)?.targetSide === doer));
    if (!x?.source) return;
    // Sanctions are a state's measure: "the U.S. Treasury Department" imposed them, the state that
    // rejects them rejects the United States (a demand is refused to whoever made it).
    const state = x.type === 'SANCTION' && placeOf(doer.toLowerCase()) === doer ? hints.get(x)?.sourceSide : undefined;
    e.target = state ? { name: state, text: state, mention: null } : { ...x.source, text: x.source.name, mention: null };
  });
}

/** Types of an act that addresses its target (a demand, an accusation, talks). */
const ADDRESSING = new Set(['REQUEST', 'ACCUSE', 'REJECT', 'PROTEST', 'CONSULT']);

/**
 * A threatened response that names no target is aimed at the one its doer addresses in the same
 * sentence ("urged Manila to …, and warned that China would …"), else at the doer of the latest
 * act done to the threatener's side (its doer, or the side that would respond) by another within
 * five sentences ("… imposed sanctions on Iranian officers. … Kanaani warned that Iran would
 * respond in kind"). Acts the document drops (documentDrops) say nothing.
 */
function responseTargets(events: ExtractedEvent[], hints: Map<ExtractedEvent, AnswerHints>): void {
  events.forEach((e, k) => {
    if (e.type !== 'THREATEN' || !e.source || e.target) return;
    const own = new Set([e.source.name]);
    const side = hints.get(e)?.side;
    if (side) own.add(side);
    // "Lin urged Manila to tow the ship away, and warned that China would …": the one the doer
    // addresses in the same sentence.
    const addressed = events.find((x) => x !== e && x.sentence === e.sentence && ADDRESSING.has(x.type) && x.source?.name === e.source!.name && x.target && !own.has(x.target.name) && !documentDrops(x));
    if (addressed) {
      e.target = addressed.target;
      return;
    }
    const x = latestBefore(events, k, (x) => !!x.source && !!x.target && own.has(x.target.name) && !own.has(x.source.name) && !documentDrops(x));
    if (x?.source) e.target = { ...x.source, text: x.source.name, mention: null };
  });
}

interface PendingSpeaker {
  attribution: Attribution;
  kind: 'role' | 'outlet';
  sentence: number;
  /** The named outer voice to keep when no person resolves the office-holder. */
  fallback?: { name: string; text: string; mention: number | null };
}

/**
 * An office-holder speaker (a title and remit with no name, before "said") is the named person who
 * speaks nearest to it (within three sentences: news ledes name the speaker a paragraph later);
 * a generic outlet noun ("the agency reported") with no outlet before it is the outlet the
 * article names nearest to it. The chain's element is renamed in place.
 */
function resolveSpeakers(
  pending: PendingSpeaker[],
  persons: { name: string; sentence: number }[],
  outlets: { name: string; sentence: number }[],
  cited: CitedSource[],
): void {
  for (const p of pending) {
    const pool = p.kind === 'role' ? persons : outlets;
    let best: { name: string; d: number } | null = null;
    for (const c of pool) {
      const d = Math.abs(c.sentence - p.sentence) + (c.sentence < p.sentence ? 0.5 : 0);
      if (p.kind === 'role' && d > 3) continue;
      if (!best || d < best.d) best = { name: c.name, d };
    }
    const a = p.attribution;
    if (!best) {
      if (p.fallback) { a.name = p.fallback.name; a.text = p.fallback.text; a.mention = p.fallback.mention; }
      continue;
    }
    const k = a.chain.lastIndexOf(a.name);
    if (k >= 0) a.chain[k] = best.name;
    a.name = best.name;
    if (p.kind === 'outlet' && !cited.some((x) => x.name === best!.name)) cited.push({ name: best.name, how: 'reported', sentence: p.sentence });
  }
}

/** Opening quote marks (“ «, and an odd straight quote) and closing ones (” ») in a sentence. */
function countQuotes(text: string): { opens: number; closes: number } {
  const opens = count(text, '“') + count(text, '«');
  const closes = count(text, '”') + count(text, '»');
  return { opens: opens + (count(text, '"') % 2), closes };
}

/** Occurrences of a character in a text (indexOf scans natively). */
function count(text: string, c: string): number {
  let n = 0;
  for (let k = text.indexOf(c); k >= 0; k = text.indexOf(c, k + 1)) n++;
  return n;
}

/** The last publication date normalised (a corpus or a `dossier code` run mostly repeats one). */
let lastNormPub: { p: IsoDate; norm: IsoDate } | null = null;

function normPub(p: IsoDate): IsoDate {
  if (lastNormPub?.p !== p) lastNormPub = { p, norm: normalisePub(p) };
  return lastNormPub.norm;
}

function normalisePub(p: IsoDate): IsoDate {
  const m = parsePublished(p);
  if (!m) return p;
  const pad = (n: number) => String(n).padStart(2, '0');
  return m.d ? `${m.y}-${pad(m.m!)}-${pad(m.d)}` : m.m ? `${m.y}-${pad(m.m)}` : String(m.y);
}

function ref(a: Actor, surnames: Map<string, string>): ActorRef {
  const name = surnames.size && !hasSpace(a.name) ? (surnames.get(a.name.toLowerCase()) ?? a.name) : a.name;
  return { mention: a.mention, text: a.text, name };
}

/**
 * "the exercise Blue Harbour (Puerto Azul)", "the Border Police (BP)": a parenthesis
 * right after a name glosses that name (translation, acronym); its words are no actors of their own.
 * Outlets credited in parentheses ("(EFE)") stay.
 */
function dropGlosses(toks: Tok[], actors: Actor[]): Actor[] {
  const spans: [number, number][] = [];
  for (let k = 1; k < toks.length; k++) {
    if (toks[k].lower !== '(' || !toks[k - 1].cap || toks[k - 1].punct) continue;
    for (let j = k + 1; j < Math.min(toks.length, k + 9); j++) if (toks[j].lower === ')') { spans.push([k, j]); break; }
  }
  if (!spans.length) return actors;
  return actors.filter((a) => isOutletName(a.name) || !spans.some(([o, c]) => a.from > o && a.to < c));
}

const CLAUSE_OPENERS = new Set(['but', 'while', 'whereas', 'although', 'though', 'after', 'before', 'when', 'because', 'then', 'which', 'who', 'since', 'until', 'that']);
/** Triggers at i < j sit in distinct clauses: a hard boundary or a clause opener between them. */
function distinctClauses(toks: Tok[], i: number, j: number): boolean {
  const [lo, hi] = i < j ? [i, j] : [j, i];
  for (let k = lo + 1; k < hi; k++) if (/^[;:.]$/.test(toks[k].lower) || CLAUSE_OPENERS.has(toks[k].lower)) return true;
  // "cut ties with Kyiv on Sunday, accusing it of …": a participle clause after a comma is an act of its own.
  for (let k = lo + 1; k < hi; k++) if (toks[k].lower === ',' && toks[k + 1]?.lower.endsWith('ing') && k + 1 === hi) return true;
  // "said its vessels did not ram any boat, and accused the other side of …": ", and" joins two acts.
  for (let k = lo + 1; k < hi; k++) if (toks[k].lower === ',' && toks[k + 1]?.lower === 'and') return true;
  return false;
}

const AUX = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'have', 'has', 'had', 'get', 'got']);
/** "the personnel deployed in X have left": a past participle right after its noun, no auxiliary, modifies it. */
function reducedRelative(toks: Tok[], i: number): boolean {
  const t = toks[i];
  const prev = toks[i - 1];
  if (!t || !prev || t.lower === t.lemma || !t.lower.endsWith('ed') || AUX.has(prev.lower) || prev.punct) return false;
  return toks.slice(i + 1).some((x) => AUX.has(x.lower) || x.lower === 'will');
}

interface SentenceTime { tokFrom: number; tokTo: number; span: TimeSpan }

/** `toks`: the tokens events are coded from; `sentenceToks`: all of the sentence's (dateline included). */
function timesInSentence(sentence: Sentence, toks: Tok[], sentenceToks: Tok[], published: IsoDate | null): SentenceTime[] {
  const out: SentenceTime[] = [];
  for (const t of findTimes(sentence.text, published, sentenceToks, sentence.start)) {
    out.push({ tokFrom: tokIndexAt(toks, sentence.start + t.start), tokTo: tokIndexAt(toks, sentence.start + t.end - 1), span: t.span });
  }
  return out;
}

function tokIndexAt(toks: Tok[], offset: number): number {
  for (let k = 0; k < toks.length; k++) if (toks[k].end > offset) return k;
  return toks.length - 1;
}

function aidMode(toks: Tok[]): string | null {
  for (const [mode, words] of AID_MODES) if (toks.some((t) => words.has(t.lower))) return mode;
  return null;
}

/** The event's own time: the nearest expression not in a reporting frame and not past another trigger. */
function pickTime(e: SentenceEvent, all: SentenceEvent[], times: SentenceTime[], frames: Frame[], toks: Tok[]): TimeSpan | null {
  let best: { d: number; span: TimeSpan } | null = null;
  for (const t of times) {
    if (frames.some((f) => t.tokFrom >= f.frameFrom && t.tokTo <= f.frameTo && !(t.tokFrom >= f.from && t.tokTo <= f.to))) continue;
    const lo = Math.min(t.tokTo, e.anchor);
    const hi = Math.max(t.tokFrom, e.anchor);
    if (all.some((o) => o !== e && !o.absorbed && o.anchor > lo && o.anchor < hi)) continue;
    let d = hi - lo;
    // "annexed Crimea in 2014 and invaded Ukraine in 2022": a time after an earlier event's verb and
    // before a coordinator is that verb's; this event takes one of its own when there is one.
    if (t.tokTo < e.anchor && all.some((o) => o !== e && !o.absorbed && o.anchor < t.tokFrom) && toks.slice(t.tokTo + 1, e.anchor).some((x) => x.lower === 'and' || x.lower === 'but')) d += 1000;
    if (!best || d < best.d) best = { d, span: t.span };
  }
  return best?.span ?? null;
}

const FIRST_PERSON = new Set(['we', 'us', 'our']);

/**
 * "Jay Tarriela, the Philippine Coast Guard's spokesman", "Ukraine's foreign minister Dmytro Kuleba":
 * the country a named person's office belongs to, from an appositive or a title phrase beside the name.
 */
function learnAffiliations(toks: Tok[], actors: Actor[], out: Map<string, Actor>): void {
  for (let k = 0; k < actors.length; k++) {
    const p = actors[k];
    if (p.etype !== 'PERSON' || out.has(p.name)) continue;
    const after = actors[k + 1];
    const before = actors[k - 1];
    const appositive = after && toks[p.to + 1]?.lower === ',' && after.from - p.to <= 4 && after.from > p.to + 1;
    const titled = before && p.from - before.to <= 4 && before.to < p.from && !toks.slice(before.to + 1, p.from).some((t) => t.punct);
    const org = appositive ? after : titled ? before : undefined;
    const country = org && countryOfActor(toks, org);
    if (country) out.set(p.name, asCountry(org!, country));
  }
}

function countryOfActor(toks: Tok[], a: Actor): string | undefined {
  if (a.kind === 'place' || a.etype === 'GPE') return a.name;
  return branchCountry(a) ?? placeOf(toks[a.from].lower);
}

/**
 * "'We will not negotiate with Moscow,' said Olena Marchenko": a first-person pronoun in reported
 * speech is its speaker (the organisation a spokesman speaks for: "a spokesman for the Kachin
 * Independence Army"). None outside a frame.
 */
function quoteSpeaker(p: Actor, frames: Frame[], actors: Actor[]): Actor[] {
  const f = frames.find((x) => p.from >= x.from && p.to <= x.to);
  if (!f) return [];
  const inFrame = actors.filter((a) => a.from >= f.frameFrom && a.to <= f.frameTo && a.kind !== 'pronoun' && !(a.from >= f.from && a.to <= f.to));
  const head = inFrame.find((a) => a.prep === null);
  if (!head) return [];
  if (head.kind === 'group') {
    const owner = inFrame.find((a) => a.from > head.to && a.from <= head.to + 3 && (a.prep === 'for' || a.prep === 'of') && a.kind !== 'group');
    if (owner) return [owner];
  }
  return [head];
}

/** Pronoun → actors: the same sentence first (before the pronoun), then earlier sentences. */
function resolve(p: Actor, actors: Actor[], history: SentenceState[], toks: Tok[]): Actor[] {
  const w = p.name;
  // "stationed in Crimea, where they …": the place "where" refers to is not who acts there.
  const where = toks[p.from - 1]?.lower === 'where' ? p.from - 1 : -1;
  const whereAntecedent = where > 0 ? actors.find((a) => a.to === where - 1 || (a.to === where - 2 && toks[where - 1].lower === ',')) : undefined;
  const fits = (a: Actor): boolean => {
    if (a.kind === 'pronoun') return false;
    const person = a.etype === 'PERSON' || (a.kind === 'proper' && hasSpace(a.name));
    if (PERSONAL.has(w)) return person || a.kind === 'proper';
    if (PLURAL.has(w)) return a !== whereAntecedent;
    return !person;
  };
  // "they" is no one person (an interview answer's "Name:" or a quote's speaker), though a pair of persons may be.
  const fitsAlone = (a: Actor): boolean => fits(a) && !(PLURAL.has(w) && a.etype === 'PERSON');
  // (An interview turn's "Name:" label is who speaks, not what the answer talks about.)
  const isTurnLabel = (a: Actor, words: Tok[]): boolean => a.from === 0 && words[a.to + 1]?.lower === ':';
  if (PLURAL.has(w)) {
    // "Iran and Venezuela … their economies": a coordinated pair is the likeliest antecedent.
    const pool = [{ actors: actors.filter((a) => a.to < p.from), toks }, ...history.slice(-2).reverse()];
    for (const { actors: list, toks: words } of pool) {
      for (let k = list.length - 1; k > 0; k--) {
        const a = list[k - 1], b = list[k];
        // Joined by "and" ("in Crimea assisting Russian forces" is no pair).
        if (fits(a) && fits(b) && b.from - a.to === 2 && words[a.to + 1]?.lower === 'and' && a.kind !== 'group') return [a, b];
      }
    }
  }
  const same = actors.filter((a) => a.to < p.from && fitsAlone(a) && a.prep !== 'of' && a.prep !== 'by' && !isTurnLabel(a, toks));
  // "X denied a news agency report that it had …", "X said on Monday that it would …", "X claimed it
  // had …": the pronoun opening a complement clause is the main clause's subject, not the nearest noun.
  const before = tokBefore(toks, p.from);
  const opensClause = before?.lower === 'that' || isReportingVerb(before?.lemma ?? '');
  if (same.length && opensClause && !PERSONAL.has(w)) {
    const subj = same.find((a) => a.prep === null && a.kind !== 'group' && !a.possessive);
    if (subj) return [subj];
  }
  if (same.length) return [same[same.length - 1]];
  for (let h = history.length - 1; h >= Math.max(0, history.length - 3); h--) {
    const cands = history[h].actors.filter((a) => fitsAlone(a) && a.prep === null && !isTurnLabel(a, history[h].toks));
    if (cands.length) return [cands[0]];
  }
  return [];
}

/** One line's events as `dossier code` writes them. */
export interface CodedLine {
  events: {
    type: string; mode: string | null;
    source: { name: string; text: string } | null; target: { name: string; text: string } | null;
    attributed_to: string | null; negated: boolean; hedged: boolean; when: TimeSpan | null; rule: string;
  }[];
}

/** `dossier code`: analyses one text and codes its events. */
export function codeText(line: string, published: string | null = null, language: string | null = null): CodedLine {
  return codeLines([line], published, language)[0];
}

/**
 * `dossier code` over many lines, each coded as codeText codes it. The lines are analysed stage by
 * stage (every line tagged, then every line's mentions, then every line's events): each stage's
 * tables and code stay in the CPU caches across the batch instead of being evicted by the next
 * stage at every line (about a fifth faster on news sentences in batches of 64).
 */
export function codeLines(lines: string[], published: string | null = null, language: string | null = null): CodedLine[] {
  const analyses = analyzeTexts(lines);
  return lines.map((line, k) => {
    const { sentences, mentions } = analyses[k];
    const { events } = extractEvents({ text: line, sentences, mentions, published, oneSided: true, language });
    return {
      events: events.map((e) => ({
        type: e.type,
        mode: e.mode,
        source: e.source ? { name: e.source.name, text: e.source.text } : null,
        target: e.target ? { name: e.target.name, text: e.target.text } : null,
        attributed_to: e.attribution?.name ?? null,
        negated: e.negated,
        hedged: e.hedged,
        when: e.when,
        rule: e.rule,
      })),
    };
  });
}
