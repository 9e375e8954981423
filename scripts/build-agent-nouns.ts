// Derives the coder's agent nouns (people and bodies that act: "kidnappers", "miners", "the junta")
// from the PETRARCH2 agents dictionary.
//
//   npx tsx scripts/build-agent-nouns.ts [../shared/data/petrarch2]
//
// Reads Phoenix.agents.txt (PETRARCH2, MIT): every entry's head noun (its last word: "DAIRY_FARMER"
// → farmer), in singular and regular plural, minus the heads that name things, places or abstractions
// rather than actors (NOT_AGENTS). Writes src/extract/data/agent-nouns.json (credit in
// src/extract/data/README.md); src/extract/actors.ts reads it beside actors.json's group nouns.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, '..', 'src', 'extract', 'data', 'agent-nouns.json');

// Heads that are no actor in news text, or that read as an ordinary word far more often than as
// one ("state", "house", "security", "order", "base"), nouns more often read as verbs ("guard",
// "nurse"), truncated stems, and aircraft/ship models.
const NOT_AGENTS = new Set(`
  minist authorit compan industr institutio affai grader system order control security defense defence
  state house building base position site station post district check camp presence operations operation
  activity information quality services sector trade commerce education environment revenue tourism
  aviation agriculture energy economy interior treasury labor labour civil advisory protocol justice
  enforcement industry business aerospace airway agrobusiness enterprise exchange loan manafacture oiler
  monger cabinetmaker waiter waitress village settlement neighborhood neighbourhood town community school
  schoolhouse preschool kindergarden kindergarten conservatory college university hospital infirmary
  sanatarium sanatorium sanitarium facility facilitiy prison barracks garrison monastery monastary church
  diocese archdiocese chancery chancellery consistory religion rebellion revolt uprising insurgency
  insurgence resistance governance rule portfolio extraordinary republic polity branch apparatus machine
  craft vessel ship boat carrier tanker supertanker freighter containership jumbojet airliner jetliner
  aircraft plane planes jet jets bomber bombers helicopter helicopters gunship drone drones uav missile
  tank gun artillery warship destroyer cruiser frigate corvette battleship battlewagon submarine vehicle
  hmmwv humvee apache chinook osprey orion poseidon reaper raptor hornet falcon typhoon dragonfly kfir
  mig b-52 f-16 f-7mg f/a-18 su-24 su-30mk mig-21pfm mi-24vm/hind mirage-2000 phalanx 16 4c jg (jg) of cof
  fa osp led clique especiales nationale grade echelon reserve wing front body board chamber media press
  tv television telecom website blog gazette magazine publication tabloid outlet newspaper station
  meeting assemblage races bird mule lord runner rover pusher lady actor retired native naturalized
  emeritus girl mother infant child children woman women man men person persons people families family
  hebrew jewish islamic christian anglican unitarian maronite sunni hindu buddhist muslim moslem
  kanidurgu tinginist branokker brigaider enterpreneur traffiker offical offcial minster monarcy
  secretariate gendermarie milita manager servant d'affaires hugger hire fortune band patrol patrols
  command unit units corp service office bureau department agency agencies organization organisation
  association society federation alliance coalition movement union committee commission council
  group faction syndicate cartel gang mob daily general intelligence liberation maker naval minority
  population professional provider radical saint schooler seeker supreme transportation unrepresentative
  state-owned firm detachment institution practitioner guard advocate counsel exile convict nurse doctor
  marshal engineer
`.trim().split(/\s+/));

function plural(w: string): string {
  if (/(s|x|z|ch|sh)$/.test(w)) return w + 'es';
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  if (w.endsWith('man')) return w.slice(0, -3) + 'men';
  return w + 's';
}

export function buildAgentNouns(dir: string): { source: string; words: string[] } {
  const heads = new Set<string>();
  for (const line of readFileSync(join(dir, 'Phoenix.agents.txt'), 'utf8').split('\n')) {
    const m = /^([^#!\s]\S*)\s+\[~?[A-Z]+\]/.exec(line);
    if (!m) continue;
    const words = m[1].replace(/!PERSON!/g, '_MAN').replace(/!MINIST!/g, '_MINISTER').toLowerCase().split('_').filter(Boolean);
    const head = words[words.length - 1];
    if (head.length < 3 || NOT_AGENTS.has(head) || !/^[a-z][a-z-]*[a-z]$/.test(head)) continue;
    heads.add(head);
  }
  const out = new Set<string>();
  for (const h of heads) {
    out.add(h);
    // The file lists some plurals itself ("gunmen", "militants"); the rest take a regular plural.
    if (!h.endsWith('s') && !h.endsWith('men')) out.add(plural(h));
  }
  return {
    source: 'Derived by scripts/build-agent-nouns.ts from PETRARCH2 Phoenix.agents.txt (MIT, (c) 2014 Open Event Data Alliance). See README.md.',
    words: [...out].sort(),
  };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const dir = resolve(process.argv[2] ?? join(here, '..', '..', 'shared', 'data', 'petrarch2'));
  if (!existsSync(join(dir, 'Phoenix.agents.txt'))) {
    console.error(`build-agent-nouns: ${dir}/Phoenix.agents.txt not found; pass the petrarch2 folder as the first argument`);
    process.exit(1);
  }
  const nouns = buildAgentNouns(dir);
  writeFileSync(OUT, JSON.stringify(nouns, null, 1) + '\n');
  console.log(`build-agent-nouns: ${nouns.words.length} words → ${OUT}`);
}
