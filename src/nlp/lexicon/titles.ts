// Person titles: a name after one of these is a PERSON, and the title is dropped from `canonical`.
// Matched case-insensitively, so "the admiral Craig faller" still counts. Multi-word titles are
// tried longest first. Each entry: id, the words, an example phrase.
export interface TitleEntry {
  id: string;
  words: string;
  example: string;
}

export const PERSON_TITLES: TitleEntry[] = [
  { id: 'title:president', words: 'president', example: 'President Nicolás Maduro' },
  { id: 'title:interim-president', words: 'interim president', example: 'interim president Juan Guaidó' },
  { id: 'title:vice-president', words: 'vice president', example: 'Vice President Delcy Rodríguez' },
  { id: 'title:executive-vice-president', words: 'executive vice president', example: 'Executive Vice President Delcy Rodríguez' },
  { id: 'title:prime-minister', words: 'prime minister', example: 'Prime Minister Keir Starmer' },
  { id: 'title:foreign-minister', words: 'foreign minister', example: 'Foreign Minister Yván Gil' },
  { id: 'title:defense-minister', words: 'defense minister', example: 'Defense Minister Vladimir Padrino' },
  { id: 'title:defence-minister', words: 'defence minister', example: 'Defence Minister Ana Costa' },
  { id: 'title:interior-minister', words: 'interior minister', example: 'Interior Minister Diosdado Cabello' },
  { id: 'title:minister', words: 'minister', example: 'Minister Ana Costa' },
  { id: 'title:secretary-of-state', words: 'secretary of state', example: 'Secretary of State Mike Pompeo' },
  { id: 'title:defense-secretary', words: 'defense secretary', example: 'Defense Secretary Lloyd Austin' },
  { id: 'title:secretary', words: 'secretary', example: 'Secretary Ana Costa' },
  { id: 'title:chancellor', words: 'chancellor', example: 'Chancellor Olaf Scholz' },
  { id: 'title:supreme-leader', words: 'supreme leader', example: 'Supreme Leader Ali Khamenei' },
  { id: 'title:ayatollah', words: 'ayatollah', example: 'Ayatollah Ali Khamenei' },
  { id: 'title:king', words: 'king', example: 'King Charles' },
  { id: 'title:queen', words: 'queen', example: 'Queen Rania' },
  { id: 'title:prince', words: 'prince', example: 'Prince Mohammed' },
  { id: 'title:pope', words: 'pope', example: 'Pope Leo' },
  { id: 'title:senator', words: 'senator', example: 'Senator Marco Rubio' },
  { id: 'title:sen', words: 'sen.', example: 'Sen. Marco Rubio' },
  { id: 'title:representative', words: 'representative', example: 'Representative Ana Costa' },
  { id: 'title:rep', words: 'rep.', example: 'Rep. Ana Costa' },
  { id: 'title:governor', words: 'governor', example: 'Governor Ana Costa' },
  { id: 'title:gov', words: 'gov.', example: 'Gov. Ana Costa' },
  { id: 'title:mayor', words: 'mayor', example: 'Mayor Ana Costa' },
  { id: 'title:ambassador', words: 'ambassador', example: 'Ambassador Ana Costa' },
  { id: 'title:amb', words: 'amb.', example: 'Amb. Ana Costa' },
  { id: 'title:admiral', words: 'admiral', example: 'Admiral Craig Faller' },
  { id: 'title:adm', words: 'adm.', example: 'Adm. Craig Faller' },
  { id: 'title:rear-admiral', words: 'rear admiral', example: 'Rear Admiral Ana Costa' },
  { id: 'title:vice-admiral', words: 'vice admiral', example: 'Vice Admiral Ana Costa' },
  { id: 'title:general', words: 'general', example: 'General Vladimir Padrino' },
  { id: 'title:gen', words: 'gen.', example: 'Gen. Vladimir Padrino' },
  { id: 'title:lieutenant-general', words: 'lieutenant general', example: 'Lieutenant General Ana Costa' },
  { id: 'title:lt-gen', words: 'lt. gen.', example: 'Lt. Gen. Ana Costa' },
  { id: 'title:major-general', words: 'major general', example: 'Major General Ana Costa' },
  { id: 'title:brigadier-general', words: 'brigadier general', example: 'Brigadier General Ana Costa' },
  { id: 'title:colonel', words: 'colonel', example: 'Colonel Ana Costa' },
  { id: 'title:col', words: 'col.', example: 'Col. Ana Costa' },
  { id: 'title:lieutenant', words: 'lieutenant', example: 'Lieutenant Ana Costa' },
  { id: 'title:lt', words: 'lt.', example: 'Lt. Ana Costa' },
  { id: 'title:captain', words: 'captain', example: 'Captain Ana Costa' },
  { id: 'title:capt', words: 'capt.', example: 'Capt. Ana Costa' },
  { id: 'title:major', words: 'major', example: 'Major Ana Costa' },
  { id: 'title:maj', words: 'maj.', example: 'Maj. Ana Costa' },
  { id: 'title:sergeant', words: 'sergeant', example: 'Sergeant Ana Costa' },
  { id: 'title:sgt', words: 'sgt.', example: 'Sgt. Ana Costa' },
  { id: 'title:commander', words: 'commander', example: 'Commander Ana Costa' },
  { id: 'title:cmdr', words: 'cmdr.', example: 'Cmdr. Ana Costa' },
  { id: 'title:judge', words: 'judge', example: 'Judge Ana Costa' },
  { id: 'title:justice', words: 'justice', example: 'Justice Ana Costa' },
  { id: 'title:attorney-general', words: 'attorney general', example: 'Attorney General Pam Bondi' },
  { id: 'title:director', words: 'director', example: 'Director Ana Costa' },
  { id: 'title:spokesman', words: 'spokesman', example: 'spokesman Ana Costa' },
  { id: 'title:spokeswoman', words: 'spokeswoman', example: 'spokeswoman Ana Costa' },
  { id: 'title:spokesperson', words: 'spokesperson', example: 'spokesperson Ana Costa' },
  { id: 'title:mr', words: 'mr.', example: 'Mr. Faller' },
  { id: 'title:mr-bare', words: 'mr', example: 'Mr Faller' },
  { id: 'title:mrs', words: 'mrs.', example: 'Mrs. Costa' },
  { id: 'title:ms', words: 'ms.', example: 'Ms. Costa' },
  { id: 'title:ms-bare', words: 'ms', example: 'Ms Costa' },
  { id: 'title:dr', words: 'dr.', example: 'Dr. Costa' },
  { id: 'title:prof', words: 'prof.', example: 'Prof. Costa' },
  { id: 'title:professor', words: 'professor', example: 'Professor Ana Costa' },
  { id: 'title:sheikh', words: 'sheikh', example: 'Sheikh Ana Costa' },
  { id: 'title:emir', words: 'emir', example: 'Emir Tamim' },
  { id: 'title:dictator', words: 'dictator', example: 'dictator Nicolás Maduro' },
  { id: 'title:leader', words: 'leader', example: 'opposition leader María Corina Machado' },
  { id: 'title:journalist', words: 'journalist', example: 'journalist Casto Ocando' },
  { id: 'title:reporter', words: 'reporter', example: 'reporter Ana Costa' },
  { id: 'title:analyst', words: 'analyst', example: 'analyst Ana Costa' },
  { id: 'title:lawmaker', words: 'lawmaker', example: 'lawmaker Ana Costa' },
  { id: 'title:diplomat', words: 'diplomat', example: 'diplomat Ana Costa' },
  { id: 'title:officer', words: 'officer', example: 'officer Ana Costa' },
  { id: 'title:commissioner', words: 'commissioner', example: 'Commissioner Ana Costa' },
];

// A minister or secretary named by portfolio ("Finance Minister", "Defence Secretary", "Home
// Secretary"), and the advisers and secretaries of a government's centre.
const PORTFOLIOS = ['foreign', 'defence', 'defense', 'interior', 'finance', 'economy', 'trade', 'justice', 'health', 'energy', 'oil',
  'home', 'treasury', 'commerce', 'agriculture', 'education', 'labour', 'labor', 'transport', 'information', 'communications', 'culture',
  'environment', 'security', 'public security', 'foreign affairs', 'deputy foreign', 'deputy defence', 'deputy defense', 'deputy'];
const CENTRE_TITLES = ['national security adviser', 'national security advisor', 'security adviser', 'executive secretary', 'press secretary', 'cabinet secretary'];
const capitalised = (words: string) => words.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
for (const words of [...PORTFOLIOS.flatMap((p) => [`${p} minister`, `${p} secretary`]), ...CENTRE_TITLES]) {
  if (PERSON_TITLES.some((t) => t.words === words)) continue;
  PERSON_TITLES.push({ id: `title:${words.replace(/ /g, '-')}`, words, example: `${capitalised(words)} Ana Costa` });
}

/** Lower-case word sequences of every title, longest first. */
export const TITLE_SEQUENCES: { words: string[]; entry: TitleEntry }[] = PERSON_TITLES.map((entry) => ({
  words: entry.words.split(' '),
  entry,
})).sort((a, b) => b.words.length - a.words.length);

// Titles that only count when capitalised, because the lower-case word is too often a plain noun
// ("the general public", "a major step", "an officer said").
export const CAPITALISED_ONLY_TITLES = new Set([
  'title:general', 'title:major', 'title:justice', 'title:director', 'title:leader', 'title:officer',
  'title:king', 'title:queen', 'title:prince', 'title:secretary', 'title:minister', 'title:captain',
  'title:commander', 'title:judge', 'title:mr-bare', 'title:ms-bare', 'title:representative',
]);
