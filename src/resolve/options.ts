// Every tunable of the resolve stage, in one place, with its default and valid range.
// Defaults were set by hand on the seeds corpus and the unit tables in this folder; none is fitted.

export interface ResolveOptions {
  /**
   * Word shingle length for near-copy detection. Default 3; range 2–8. Shorter shingles catch
   * lighter rewrites but raise chance overlap between unrelated articles.
   */
  shingleSize: number;
  /**
   * Jaccard similarity of shingle sets at or above which two articles are near-copies (one report
   * republished or lightly rewritten). Default 0.3; range 0–1. Unrelated news articles score
   * below 0.02 with 3-word shingles; independent write-ups of one interview about 0.03.
   */
  nearCopyJaccard: number;
  /**
   * Containment (shared shingles / shingles of the shorter article) at or above which the shorter
   * article counts as a (possibly truncated or lightly edited) copy of the longer. Default 0.5; range 0–1.
   */
  nearCopyContainment: number;
  /** Number of MinHash functions per article signature. Default 128; range 16–1024. */
  minhashPermutations: number;
  /**
   * Rows per LSH band over the MinHash signature; candidate pairs share at least one band.
   * Default 4 (32 bands of 4: pairs with Jaccard ≥ 0.2 are candidates with probability > 0.04 per
   * band, > 0.7 overall); must divide minhashPermutations. Every candidate is verified exactly.
   */
  minhashBandRows: number;
  /**
   * Conflicts listed per pair of contradicting claims (one pair of events each), so that many
   * copies of two claims do not give a quadratic number of rows. Default 25; range 1–1000.
   */
  maxConflictsPerClaimPair: number;
  /**
   * One report retold in other words: TF-IDF cosine over content words at or above which two
   * articles are candidates, grouped when they also share a cited origin, a named speaker or close
   * dates. Default 0.22; range 0–1. Set on the demo corpus and the seeds: rewrites of one report
   * score 0.24–0.38, different stories on the same topic 0.15–0.19.
   */
  rewordedCosine: number;
  /** TF-IDF cosine at or above which two articles are one story with no other evidence. Default 0.5; range 0–1. */
  rewordedCosineAlone: number;
  /**
   * Independent reports of one event: the least number of distinct claim keys (source, type,
   * target, all resolved) two articles must share. Default 2; range 1–10.
   */
  sameEventMinSharedClaims: number;
  /**
   * A claim key stated in more articles than this says nothing about which story an article
   * belongs to (it is a topic) and is not used to link them. Default 50; range 2–100000.
   */
  sameEventMaxDocsPerClaim: number;
  /**
   * Independent reports of one event without a shared cited origin: the largest gap between the
   * publication dates, in days. Default 14; range 0–365.
   */
  sameEventWindowDays: number;
  /**
   * Publication dates less precise than this many days (a bare year) never count as "close":
   * "2020" and "2020-12" are not evidence of one event. Default 31 (month precision); range 1–366.
   */
  sameEventMaxDatePrecisionDays: number;
  /**
   * Treat an event time that extract took from the article's date (whenFrom "publication") as
   * unknown when grouping claims and testing overlap, but still use it for ordering.
   * Default true.
   */
  publicationTimesAreSoft: boolean;
  /**
   * Events with no time of their own (see publicationTimesAreSoft) join a claim only when their
   * publication dates lie within this many days of it: "Cubans guard Maduro" reported in 2020 and in
   * 2025 are two claims about two periods, not one. Default 365; range 0–36500.
   */
  claimUndatedGapDays: number;
  /**
   * Event modes that describe the same kind of protective state, for replacement conflicts:
   * a "security" provider replaced conflicts with a "military" provider still asserted. Lowercase.
   */
  protectiveModes: string[];
  /** Words in a sentence or mode that signal a provider was replaced or removed. Lowercase regexp source. */
  replacementPattern: string;
  /**
   * Nouns that, after a nationality ("Russian contractors", "Iranian businessmen"), name a group
   * the text keeps apart from the state; such an actor becomes its own entity. Lowercase.
   */
  distinctGroupNouns: string[];
  /**
   * Fold demonyms, plural demonyms and capitals of GPE/NORP mentions and unmatched actor names to
   * their country (world-countries), when extract/nlp left them unfolded. Default true.
   */
  foldDemonymsAndCapitals: boolean;
  /**
   * Modes (lowercase regexp source) of a COERCE or ASSAULT event that take a person out of play:
   * arrested, captured, killed. Such an event supersedes earlier states aimed at that person.
   */
  captureModePattern: string;
  /** Modes or triggers (lowercase regexp source) that look like capture but are not: "bounty for arrest", "attempted". */
  notCapturePattern: string;
  /**
   * Words (lowercase regexp source) in a state's sentence that present it as having gone on for a
   * while ("has propped up", "for years", "since 2013"): when dates cannot order a state and a
   * withdrawal or capture that ends it, such a state is taken to be the earlier one.
   */
  ongoingStatePattern: string;
  /** Words (lowercase regexp source) that assert a state after a change ("still", "continue to"): never ordered as earlier without dates. */
  stillPattern: string;
  /** Words (lowercase regexp source) that mark a person as the leader of a country in the same phrase. */
  leaderPattern: string;
  /** Person → country they lead, added to what is inferred from "President X of Y"-style text. */
  leaders: Record<string, string>;
  /** Hex characters kept from the SHA-1 of each id's key. Default 10; range 6–40. */
  idHashLength: number;
}

export const DEFAULT_RESOLVE_OPTIONS: Readonly<ResolveOptions> = Object.freeze({
  shingleSize: 3,
  nearCopyJaccard: 0.3,
  nearCopyContainment: 0.5,
  minhashPermutations: 128,
  minhashBandRows: 4,
  maxConflictsPerClaimPair: 25,
  rewordedCosine: 0.22,
  rewordedCosineAlone: 0.5,
  sameEventMinSharedClaims: 2,
  sameEventMaxDocsPerClaim: 50,
  sameEventWindowDays: 14,
  sameEventMaxDatePrecisionDays: 31,
  publicationTimesAreSoft: true,
  claimUndatedGapDays: 365,
  protectiveModes: ['security', 'military', 'protection', 'bodyguard', 'bodyguards', 'guard', 'intelligence', 'counterintelligence', 'troops', 'soldiers', 'forces', 'deployment'],
  replacementPattern:
    '\\b(replac\\w*|removed all|removed|instead of|in place of|substitut\\w*|supplant\\w*|swapped|took over from|ousted|expelled|withdrawn)\\b',
  distinctGroupNouns: [
    'contractor', 'contractors', 'mercenary', 'mercenaries', 'company', 'companies', 'firm', 'firms',
    'businessman', 'businessmen', 'businesses', 'volunteer', 'volunteers', 'militia', 'militias',
    'gang', 'gangs', 'cartel', 'cartels', 'hacker', 'hackers', 'smuggler', 'smugglers', 'exile', 'exiles',
    'dissident', 'dissidents', 'opposition', 'rebels', 'private',
  ],
  foldDemonymsAndCapitals: true,
  captureModePattern: '\\b(arrest\\w*|captur\\w*|detain\\w*|detention|custody|abduct\\w*|kidnap\\w*|extradit\\w*|kill\\w*|assassinat\\w*|execut\\w*|seiz\\w*)\\b',
  notCapturePattern: '\\b(bounty|reward|warrant|indict\\w*|charg\\w*|attempt\\w*|plot\\w*|plan\\w*|threat\\w*|try|tried|would|could)\\b',
  ongoingStatePattern:
    "\\b(has|have|had)\\s+(long\\s+|already\\s+|been\\s+)?\\w+(ed|en|wn|un|ept|elt|ilt|ought|aught|ot)\\b|\\bfor\\s+(years|decades|months|a decade|more than|over|the past)\\b|\\bsince\\b|\\b(has|have|had)\\s+become\\b|\\blong[- ]standing\\b",
  stillPattern: '\\b(still|continues?|continued|continuing|remains?|remained|anymore|no longer|again|returned|resumed?)\\b',
  leaderPattern: '\\b(president|leader|dictator|ruler|strongman|head of state|prime minister|regime|chavista|supreme leader|king)\\b',
  leaders: {},
  idHashLength: 10,
});

/** Merges caller options over the defaults once and checks every range. */
export function resolveOptions(overrides: Partial<ResolveOptions> = {}): ResolveOptions {
  const o: ResolveOptions = { ...DEFAULT_RESOLVE_OPTIONS, ...overrides };
  checkRange('shingleSize', o.shingleSize, 2, 8, true);
  checkRange('nearCopyJaccard', o.nearCopyJaccard, 0, 1);
  checkRange('nearCopyContainment', o.nearCopyContainment, 0, 1);
  checkRange('minhashPermutations', o.minhashPermutations, 16, 1024, true);
  checkRange('minhashBandRows', o.minhashBandRows, 1, o.minhashPermutations, true);
  if (o.minhashPermutations % o.minhashBandRows !== 0) {
    throw new Error(`resolve: minhashBandRows (${o.minhashBandRows}) must divide minhashPermutations (${o.minhashPermutations})`);
  }
  checkRange('maxConflictsPerClaimPair', o.maxConflictsPerClaimPair, 1, 1000, true);
  checkRange('rewordedCosine', o.rewordedCosine, 0, 1);
  checkRange('rewordedCosineAlone', o.rewordedCosineAlone, 0, 1);
  checkRange('sameEventMaxDocsPerClaim', o.sameEventMaxDocsPerClaim, 2, 100000, true);
  checkRange('sameEventMinSharedClaims', o.sameEventMinSharedClaims, 1, 10, true);
  checkRange('sameEventWindowDays', o.sameEventWindowDays, 0, 365);
  checkRange('sameEventMaxDatePrecisionDays', o.sameEventMaxDatePrecisionDays, 1, 366);
  checkRange('claimUndatedGapDays', o.claimUndatedGapDays, 0, 36500);
  checkRange('idHashLength', o.idHashLength, 6, 40, true);
  for (const name of ['replacementPattern', 'captureModePattern', 'notCapturePattern', 'leaderPattern', 'ongoingStatePattern', 'stillPattern'] as const) {
    try {
      new RegExp(o[name], 'i');
    } catch (err) {
      throw new Error(`resolve: ${name} is no valid regular expression: ${(err as Error).message}`);
    }
  }
  return o;
}

function checkRange(name: string, value: number, min: number, max: number, integer = false): void {
  if (typeof value !== 'number' || Number.isNaN(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new Error(`resolve: option ${name} must be ${integer ? 'an integer ' : ''}in [${min}, ${max}], got ${value}`);
  }
}
