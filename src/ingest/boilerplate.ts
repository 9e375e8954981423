// Boilerplate removal by general rules (no site-specific strings). Rules are data: each has an id, a
// scope, a pattern and an example that the tests check it against. Scopes:
//   line     drop the matching paragraph
//   heading  drop a "Related …" heading and the short headline list that follows it
//   tail     drop the matching paragraph and everything after it (only in the second half of the text)
//   end      drop the matching paragraph when it is among the last three
// Two structural rules complete them: repeated long paragraphs, and a trailing run of headline-like lines.
import { wordCount } from './paragraphs.ts';

export interface BoilerplateRule {
  id: string;
  scope: 'line' | 'heading' | 'tail' | 'end';
  pattern: RegExp;
  /** The rule only applies to paragraphs with at most this many words. */
  maxWords: number;
  example: string;
}

/** "All rights reserved" in the languages the corpora mix (a regexp alternation). */
export const RIGHTS_RESERVED = 'all rights reserved|todos los derechos reservados|tous droits réservés|todos os direitos reservados|alle rechte vorbehalten';

export const BOILERPLATE_RULES: BoilerplateRule[] = [
  {
    id: 'share-buttons',
    scope: 'line',
    pattern: /^(?:(?:share(?: (?:on|via|to|this(?: (?:article|story|post|page))?))?|tweet(?: this)?|whatsapp|facebook|twitter|x|linkedin|telegram|reddit|pinterest|e-?mail|print|copy link|messenger|flipboard|compartir)\b[\s|·•,:/-]*)+$/i,
    maxWords: 12,
    example: 'Share on Facebook | Tweet | WhatsApp',
  },
  { id: 'follow-us', scope: 'line', pattern: /^(?:please )?(?:follow|like)(?: and (?:like|follow))? us\b/i, maxWords: 12, example: 'Please follow and like us:' },
  {
    id: 'related-heading',
    scope: 'heading',
    pattern: /^(?:related(?: (?:videos?|articles?|stories|news|posts|content|coverage|topics|reading))?|read (?:also|more|next)|see also|also read|more (?:stories|news|on this story)|you (?:may|might) (?:also )?like|recommended(?: for you| stories)?|most (?:read|popular)|trending(?: now)?|(?:lee|leer|ver) también|te puede interesar|noticias relacionadas)\s*:?$/i,
    maxWords: 6,
    example: 'Related videos:',
  },
  {
    id: 'related-inline',
    scope: 'line',
    pattern: /^(?:read (?:also|more|next)|see also|also read|related|(?:lee|leer|ver) también)\s*:\s*\S/i,
    maxWords: 30,
    example: '*Read also: Ministers reject the new budget',
  },
  {
    id: 'view-counter',
    scope: 'line',
    pattern: /^(?:(?:post |page )?(?:views?|reads|visits|visitas)\s*:?\s*[\d.,]+|[\d.,]+[kKmM]?\s+(?:views|reads|shares|comments))$/i,
    maxWords: 4,
    example: 'Post Views: 366',
  },
  { id: 'author-box', scope: 'tail', pattern: /^about the (?:author|writer)s?\b/i, maxWords: 80, example: 'About the Author' },
  {
    id: 'journalist-bio',
    scope: 'end',
    pattern: /^[\p{Lu}][\p{L}'’.-]+(?: [\p{Lu}][\p{L}'’.-]+){0,3} (?:is|was) an? (?:[\p{L}-]+ ){0,4}(?:journalist|reporter|correspondent|writer|editor|columnist|contributor|author|freelancer)\b/u,
    maxWords: 80,
    example: 'Ana Ruiz is a journalist who covers energy policy.',
  },
  {
    id: 'editorial-team',
    scope: 'line',
    pattern: /^(?:by )?(?:the )?\S.{0,50}? (?:editorial (?:team|staff|board|desk)|newsroom|news desk)\.?$/i,
    maxWords: 8,
    example: 'By the Example Daily Editorial Team',
  },
  { id: 'team-description', scope: 'end', pattern: /^(?:a|an|our) team of (?:journalists|reporters|writers|editors)\b/i, maxWords: 80, example: 'A team of reporters who follow the islands day by day.' },
  {
    id: 'cookie-newsletter',
    scope: 'line',
    pattern: /\bcookies?\b.*\b(?:use|accept|consent|policy|settings)\b|\b(?:use|accept|consent|manage)\b.*\bcookies\b|\b(?:subscribe|sign up|signup)\b.*\b(?:newsletter|updates|inbox|alerts|free)\b|\bnewsletter\b.*\b(?:subscribe|sign up|delivered|inbox)\b|^(?:subscribe|sign up|log in to|register to)\b/i,
    maxWords: 40,
    example: 'Sign up for our free morning newsletter.',
  },
  {
    id: 'photo-caption',
    scope: 'line',
    pattern: /^(?:photo|image|picture|foto|imagen|photograph|file photo|credit|photo credit)\s*(?:credit\s*)?[:©|]|\b(?:photo|foto|image)\s*©|\bphoto credit\b|\/\s*(?:file photo|archive photo|archivo)\s*\.?$|^(?:screenshot|screen capture|captura de pantalla)\b/i,
    maxWords: 45,
    example: 'Photo: Jane Roe / Example Agency',
  },
  { id: 'tags-line', scope: 'line', pattern: /^(?:filed under|tags|tagged|topics|categories|category)\s*:/i, maxWords: 30, example: 'Filed under:' },
  {
    id: 'copyright',
    scope: 'line',
    pattern: new RegExp(String.raw`^(?:©|\(c\)|copyright\b)|\ball (?:content|contents|material)\s*(?:©|copyright)|(?:${RIGHTS_RESERVED})\.?$`, 'i'),
    maxWords: 25,
    example: '© 2024 Example News. All rights reserved.',
  },
  {
    id: 'follow-on-platform',
    scope: 'line',
    pattern: /^(?:follow|like|find|join)\s+(?:us|\p{Lu}.{0,40}?)\s+on\s+(?:whatsapp|facebook|twitter|x|instagram|telegram|tiktok|youtube|linkedin|threads|bluesky|social media)\b/iu,
    maxWords: 15,
    example: 'Follow Example Radio on WhatsApp and Facebook.',
  },
  {
    id: 'listen-watch-full',
    scope: 'line',
    pattern: /^(?:listen to|watch|read|hear) the (?:full|whole|complete) (?:interview|story|report|episode|programme|program|conversation)\b/i,
    maxWords: 20,
    example: 'Listen to the full interview on our website and on our app.',
  },
  {
    id: 'reader-support',
    scope: 'line',
    pattern: /\b(?:forward this (?:email|newsletter|to)|become a (?:supporter|member|subscriber)|support (?:our|independent) journalism|(?:is|are) (?:funded|supported|financed) by (?:its|our) readers|reader-(?:funded|supported))\b/i,
    maxWords: 25,
    example: 'Example Weekly is funded by its readers. Become a supporter.',
  },
  {
    id: 'outlet-tagline',
    scope: 'end',
    pattern: /^(?:the\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&.-]*){0,4}\s*(?::|,|—|–|\|)\s+(?:[\p{L}'’]+\s+){0,3}(?:news|noticias|reporting|journalism|journalisme)\b/iu,
    maxWords: 25,
    example: 'Example Courier: the region\'s news, every morning.',
  },
  {
    id: 'wire-credits',
    scope: 'end',
    pattern: /^\(?(?:additional )?(?:reporting|writing|editing) by\b[^)]*\)?\.?$/i,
    maxWords: 30,
    example: '(Reporting by the Example Wire bureau; Editing by Jo Park)',
  },
  {
    id: 'syndication-notice',
    scope: 'line',
    pattern: /^this (?:post|article|story) (?:was )?(?:originally|first) (?:posted|published|appeared)\b|\bview original (?:article|post)\s*$/i,
    maxWords: 25,
    example: 'This article first appeared on Example Weekly.',
  },
];

/** Id of the structural rule that drops a final run of headline-like lines (links to other stories). */
export const TRAILING_HEADLINES_RULE = {
  id: 'trailing-headlines',
  example: 'Ten gadgets to watch this spring\nWhy the river is rising again',
};

/** Id of the rule that drops a long paragraph repeated verbatim (templates that print the lead twice). */
export const REPEATED_PARAGRAPH_RULE = { id: 'repeated-paragraph', minWords: 12 };

export interface RemovedParagraph {
  rule: string;
  text: string;
}

/** Leading bullets and asterisks ("*Read also: …") do not change what a line is. */
const forMatching = (p: string) => p.replace(/^[*•·\-–—>\s]+/, '');

/** Short, starts like a title, no final punctuation: a headline, not a sentence. */
export const isHeadlineLike = (p: string) =>
  wordCount(p) <= 16 && /^[\p{Lu}\p{N}"“‘'¿¡]/u.test(p) && !/[.!?…:;,"”’»)\]]$/.test(p);

const matches = (rule: BoilerplateRule, p: string) => wordCount(p) <= rule.maxWords && rule.pattern.test(forMatching(p));

export function removeBoilerplate(paragraphs: string[]): { kept: string[]; removed: RemovedParagraph[] } {
  const removed: RemovedParagraph[] = [];
  let kept: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (wordCount(p) >= REPEATED_PARAGRAPH_RULE.minWords) {
      if (seen.has(p)) {
        removed.push({ rule: REPEATED_PARAGRAPH_RULE.id, text: p });
        continue;
      }
      seen.add(p);
    }
    const lineRule = BOILERPLATE_RULES.find((r) => r.scope === 'line' && matches(r, p));
    if (lineRule) {
      removed.push({ rule: lineRule.id, text: p });
      continue;
    }
    const heading = BOILERPLATE_RULES.find((r) => r.scope === 'heading' && matches(r, p));
    if (heading) {
      removed.push({ rule: heading.id, text: p });
      while (i + 1 < paragraphs.length && isHeadlineLike(paragraphs[i + 1])) removed.push({ rule: heading.id, text: paragraphs[++i] });
      continue;
    }
    const tail = BOILERPLATE_RULES.find((r) => r.scope === 'tail' && matches(r, p));
    if (tail && i >= paragraphs.length / 2) {
      for (; i < paragraphs.length; i++) removed.push({ rule: tail.id, text: paragraphs[i] });
      break;
    }
    kept.push(p);
  }
  // End rules and trailing headlines, repeated: removing one end block can expose another.
  for (let changed = true; changed && kept.length > 0; ) {
    changed = false;
    for (let k = Math.max(0, kept.length - 3); k < kept.length; k++) {
      const rule = BOILERPLATE_RULES.find((r) => r.scope === 'end' && matches(r, kept[k]));
      if (rule) {
        removed.push({ rule: rule.id, text: kept[k] });
        kept = [...kept.slice(0, k), ...kept.slice(k + 1)];
        changed = true;
        break;
      }
    }
    let start = kept.length;
    while (start > 0 && isHeadlineLike(kept[start - 1])) start--;
    // At least two such lines, and real sentences before them, so a short article is never emptied.
    if (kept.length - start >= 2 && kept.slice(0, start).some((p) => /[.!?…"”»]$/.test(p))) {
      for (const p of kept.slice(start)) removed.push({ rule: TRAILING_HEADLINES_RULE.id, text: p });
      kept = kept.slice(0, start);
      changed = true;
    }
  }
  return { kept, removed };
}
