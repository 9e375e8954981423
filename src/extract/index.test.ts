// Table tests: one row per rule family, sentences written for Dossier. Mentions come from the nlp
// stage when it tags them; the coder's own actor rules cover the rest (demonyms, offices, names).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeLines, codeText, extractEvents } from './index.ts';
import { findTimes } from './time.ts';
import { evalSeeds } from './seeds-eval.ts';
import { analyzeText } from '../nlp/index.ts';

interface Row {
  family: string;
  text: string;
  published?: string;
  type: string;
  mode?: string | null;
  source?: string | null;
  target?: string | null;
  attributed_to?: string | null;
  negated?: boolean;
  hedged?: boolean;
  when?: string | null;
}

const ROWS: Row[] = [
  { family: 'forces owned by a possessive pronoun act for its referent ("its troops withdrew")', text: 'Russia said on Monday that its troops had withdrawn from the village.', type: 'RETREAT', source: 'Russia' },
  { family: 'threaten: a condition ("if X …", "unless X …") names the target', text: 'Russia has threatened to halt the negotiations if the United States presses on with its missile plans.', type: 'THREATEN', source: 'Russia', target: 'United States' },
  { family: 'protest: what is protested against names the target', text: 'Chilean students staged a hunger strike in protest against abuses by the Peruvian police.', type: 'PROTEST', target: 'Peru' },
  { family: 'one-sided: a noun\'s group doer with "by" (dossier code only)', text: 'A demonstration by opposition supporters outside parliament turned violent.', type: 'PROTEST', source: 'opposition supporters' },
  { family: 'attribution: "X did Y and said …" reports only what follows "said"; Y is the outlet\'s', text: 'In May, the Treasury Department sanctioned two Ostlandic banks and said they had financed the militia.', type: 'SANCTION', source: 'Treasury Department', attributed_to: null },
  { family: 'the object of a control verb does its infinitive ("teach X how to launch")', text: 'Iranian officers taught Russian crews how to launch drones at Ukrainian cities.', type: 'ASSAULT', source: 'Russia', target: 'Ukraine' },
  { family: 'where goods come from ("Iranian-made drones") is no actor', text: 'Ukrainian gunners shot down Iranian-made drones over Belgorod.', type: 'ASSAULT', target: 'Belgorod' },
  { family: 'an object pronoun before "at X" is the thing fired; X is the target', text: 'Russia bought missiles from Iran and fired them at Ukraine last week.', type: 'ASSAULT', source: 'Russia', target: 'Ukraine' },
  { family: 'a simple past is no participle: "spoke by phone" is no passive', text: 'The president of Chile spoke by phone with the Peruvian president on Monday.', type: 'CONSULT', target: 'Peru' },
  { family: 'passive agent after a hyphenated modifier ("by anti-graft prosecutors")', text: 'A former mayor of Lima was indicted by anti-graft prosecutors on Friday.', type: 'ACCUSE', source: 'prosecutors' },
  { family: 'compound doers of a type that needs a recipient: the first to the second', text: 'India and Kenya began joint naval patrols off Mombasa.', type: 'COOPERATE', source: 'India', target: 'Kenya' },
  { family: 'passive transfer without agent: the state it comes from hands over', text: 'A smuggler was extradited from Spain to France on Monday.', type: 'COOPERATE', source: 'Spain', target: 'France' },
  { family: 'nominal: bare forces of a withdrawal leave the doer to the support verb', text: 'Chile speeded up the withdrawal of some peacekeeping forces from Haiti.', type: 'RETREAT', source: 'Chile', target: 'Haiti' },
  { family: 'one-sided: a bare group subject of a derived verb; "up to 300" is a count, no preposition', text: 'Up to 300 farmers marched through the capital on Monday.', type: 'PROTEST', source: 'farmers', target: null },
  { family: 'actors: a group noun opening the sentence is still a group', text: 'Doctors from two Swiss charities handed over medicine to the Red Crescent.', type: 'AID', source: 'Switzerland', target: 'Red Crescent' },
  { family: 'frames: a hand verb after "to" opens the derived verb\'s complement', text: 'Ostland vowed to retaliate against any attack on its troops.', type: 'THREATEN', source: 'Ostland' },
  { family: 'actors: lower-case group nouns for bodies (groups, coalition, union)', text: 'The opposition coalition rejected the budget on Tuesday.', type: 'REJECT', source: 'opposition coalition' },
  { family: 'actors: no lower-case surname after a capitalised title', text: 'Opposition groups in Malawi are demanding that President Banda drop the tax plan.', type: 'REQUEST', source: 'opposition groups', target: 'Banda' },
  { family: 'aid: deliver arms; "will" makes it a pledge (AGREE), as the GSR codes it', text: 'Germany will deliver four air-defence systems to Ukraine.', type: 'AGREE', mode: 'military', source: 'Germany', target: 'Ukraine' },
  { family: 'actors: an agent noun from the PETRARCH2 agents dictionary', text: 'The kidnappers freed two Ostlandic engineers near the border.', type: 'RETREAT', source: 'kidnappers' },
  { family: 'actors: a singular agent noun before a noun modifies it', text: 'The Russian mercenary outfit Zarva is pulling out of Chad.', type: 'RETREAT', source: 'Zarva', target: 'Chad' },
  { family: 'actors: a possessor joins the group phrase it modifies', text: "Ostland's military government cut diplomatic relations with Ruritania on Sunday.", type: 'SANCTION', source: 'Ostland', target: 'Ruritania' },
  { family: 'actors: a possessor before another noun is the target', text: "Opposition leader Ivo Marsh endorsed the president's plan to reform the courts.", type: 'SUPPORT', source: 'Ivo Marsh', target: 'president' },
  { family: 'mobilize: the forces mobilised are no recipient', text: 'Ostland mobilised reservists as fighting flared on the frontier.', type: 'MOBILIZE', source: 'Ostland', target: null },
  { family: 'a participle after a possessive is an adjective', text: "Ivo Marsh, Ostland's leading rights activist, staged a hunger strike in prison.", type: 'PROTEST', source: 'Ivo Marsh', target: null },
  { family: 'one-sided derived: a named doer alone for a type without recipient', text: 'Ostland reached a deal on river tolls.', type: 'AGREE', source: 'Ostland', target: null },
  { family: 'two named parties to a deal are its two sides (first to second)', text: 'Ostland and Ruritania reached a deal on river tolls.', type: 'AGREE', source: 'Ostland', target: 'Ruritania' },
  { family: 'one-sided: a target that is the source itself is dropped, not the event', text: 'Hundreds of Ruritanians protested in the capital of Ruritania.', type: 'PROTEST', source: 'Ruritania', target: null },
  { family: 'one-sided: bare group subject of a hand rule (dossier code only)', text: 'The legislators voted down the new budget.', type: 'REJECT', source: 'legislators' },
  { family: 'accuse: criticised … for', text: 'The ombudsman criticised Ostland for the closure of two newspapers.', type: 'ACCUSE', target: 'Ostland' },
  { family: 'mobilize: massed troops near', text: 'Ruritania massed troops near the border with Ostland.', type: 'MOBILIZE', source: 'Ruritania' },
  { family: 'sanction: banned imports', text: 'Ostland banned imports of Ruritanian timber.', type: 'SANCTION', source: 'Ostland' },
  { family: 'attribution: "<Name> state" is a region, no speech frame', text: 'Bandits killed four farmers in Nigeria\'s Zamfara state.', type: 'ASSAULT', attributed_to: null },
  { family: 'aid: named head over demonym modifier, territory owner as grantor', text: 'The regime has allowed the Somali militant group Shabaab to use Kenyan territory as a base.', type: 'AID', source: 'Kenya', target: 'Shabaab' },
  { family: 'assault: subject of "use" does the purpose infinitive', text: 'Observers worry that Serbia could use its bases near the border and its links to the Red Hand, an armed band that is active in the hills, to retaliate against Hungary.', type: 'ASSAULT', source: 'Serbia', target: 'Hungary', hedged: true },
  { family: 'aid: sent weapons to help', text: 'Iran sent weapons to help the President of Bolivia, Luis Arce, stay in power.', type: 'AID', mode: 'military', source: 'Iran', target: 'Luis Arce' },
  { family: 'aid: nationality as actor + protect', text: 'Thousands of Cubans protect the Nicaraguan leader Daniel Ortega.', type: 'AID', mode: 'security', source: 'Cuba', target: 'Daniel Ortega' },
  { family: 'sanction: office as actor + month', text: 'In April, the Treasury Department sanctioned two Ukrainian shipping firms.', published: '2021-12', type: 'SANCTION', mode: 'economic', source: 'Treasury Department', when: '2021-04' },
  { family: 'sanction: imposed sanctions on', text: 'The European Union imposed sanctions on Belarus.', type: 'SANCTION', source: 'European Union', target: 'Belarus' },
  { family: 'assault: passive by-agent', text: 'The rebel chief, Colonel Pedro Alvarez, was killed near the border by a Colombian drone strike.', type: 'ASSAULT', mode: 'kill', source: 'Colombia', target: 'Pedro Alvarez' },
  { family: 'threaten: warned that it would', text: 'In March, Greece warned that it would destroy every smuggling boat in its waters.', published: '2019-12', type: 'THREATEN', source: 'Greece', when: '2019-03' },
  { family: 'retreat: began their departure', text: 'Danish observers have begun their departure from Estonia this month, the broadcaster reported.', published: '2024-05-10', type: 'RETREAT', mode: 'withdraw', source: 'Denmark', target: 'Estonia', when: '2024-05' },
  { family: 'coerce: capture of (nominal)', text: 'The raid on January 3 ended with the capture of Joaquin Guzman by Mexican marines.', published: '2016', type: 'COERCE', mode: 'arrest', target: 'Joaquin Guzman', when: '2016-01-03' },
  { family: 'consult: arrived in', text: 'The Iranian envoy Ali Bagheri arrived in Caracas on Monday.', type: 'CONSULT', mode: 'visit', source: 'Ali Bagheri', target: 'Venezuela' },
  { family: 'support: signed agreements with (the manual: signing is SUPPORT, a promise to sign AGREE)', text: 'In 2019, Bolivia signed several agreements with Russia.', type: 'SUPPORT', source: 'Bolivia', target: 'Russia', when: '2019' },
  { family: 'assault: armed parties fought (a pair, an armed object, or "fighting with")', text: 'Tuareg rebels fought Malian troops for hours near Kidal.', type: 'ASSAULT', source: 'Tuareg', target: 'Mali' },
  { family: 'assault: shot dead', text: 'Gunmen shot dead Juan Soto in Cali on Friday.', type: 'ASSAULT', source: 'gunmen', target: 'Juan Soto' },
  { family: 'a possessive office\'s own words trigger nothing ("Russia\'s air force": no verb "force")', text: "Russia's air force bombed Kharkiv on Monday.", type: 'ASSAULT', source: 'Russian Air Force', target: 'Kharkiv' },
  { family: 'an irregular past after a group word is its verb ("Police shot …": no "police shot")', text: 'Police shot Juan Soto in Cali.', type: 'ASSAULT', source: 'police', target: 'Juan Soto' },
  { family: 'agree: a promise to sign', text: 'Bolivia will sign an agreement with Russia next month.', type: 'AGREE', source: 'Bolivia', target: 'Russia' },
  { family: 'a bare group object is the target, not where it was done (unless the place is the group’s own: "the force in Lebanon")', text: 'Gunmen abducted 30 pupils from a boarding school in Zamfara overnight.', type: 'ASSAULT', source: 'gunmen', target: 'pupils' },
  { family: 'request: called on', text: 'Brazil called on Venezuela to hold free elections.', type: 'REQUEST', source: 'Brazil', target: 'Venezuela' },
  { family: 'reject', text: 'The rebels rejected a Senegalese peace plan on Friday.', type: 'REJECT', target: 'Senegal' },
  { family: 'intent: will + cooperative → AGREE', text: 'Sweden will give Zambia a loan for new clinics.', type: 'AGREE', source: 'Sweden', target: 'Zambia' },
  { family: 'intent: would + hostile → THREATEN', text: 'Angry farmers said they would blockade Paris next week.', type: 'THREATEN', target: 'France' },
  { family: 'negation: not made to kill', text: 'These rifles are Belgian, yet they were not made to kill soldiers.', type: 'ASSAULT', negated: true, hedged: false },
  { family: 'hedge: could retaliate', text: 'Pakistan could retaliate against India.', type: 'ASSAULT', source: 'Pakistan', target: 'India', hedged: true, negated: false },
  { family: 'attribution: according to', text: 'According to Reuters, Chinese troops attacked Indian border posts.', type: 'ASSAULT', source: 'China', attributed_to: 'Reuters' },
  { family: 'attribution: tail speaker', text: 'Russia sent weapons to Syria, Admiral James Stavridis said on Wednesday.', published: '2015-06-05', type: 'AID', attributed_to: 'James Stavridis', when: '2015-06-05' },
  { family: 'subject: coordinated verb phrase after a relative', text: 'Thousands of Cubans who run Nicaragua’s customs service and protect Daniel Ortega live in Managua.', type: 'AID', source: 'Cuba', target: 'Daniel Ortega' },
  { family: 'subject: purpose clause keeps the main subject', text: 'Moscow has used the Wagner militia to back the Libyan commander Khalifa Haftar.', type: 'AID', source: 'Russia', target: 'Khalifa Haftar' },
  { family: 'attribution: group speaker speaks as the phrase', text: 'China sent troops to Laos, say American and European officials.', type: 'AID', attributed_to: 'American and European officials' },
  { family: 'attribution: inverted speaker cited by an outlet ("…," said a senior official quoted by Reuters)', text: '“We will attack Ostland,” said a senior official quoted by Reuters.', type: 'THREATEN', target: 'Ostland', attributed_to: 'Reuters' },
  { family: 'attribution: tail "X told <outlet>" (the outlet is the outer voice)', text: 'Peru has sent 200 soldiers to Bolivia since May, two Peruvian officials told Reuters on condition of anonymity.', type: 'AID', source: 'Peru', target: 'Bolivia', attributed_to: 'Reuters' },
  { family: 'attribution: tail "X told reporters" after a quotation', text: '"Chile has not sent troops to Peru," Defence Minister Ana Ruiz told reporters during a visit to Lima.', type: 'AID', source: 'Chile', negated: true, attributed_to: 'Ana Ruiz' },
  { family: 'attribution: tail "X said, adding that …" keeps the first clause', text: 'Russia fired 12 missiles at Ukraine on Sunday, the Ukrainian army said, adding that four were shot down.', type: 'ASSAULT', source: 'Russia', target: 'Ukraine', attributed_to: 'Ukrainian army' },
  { family: 'attribution: "an official said" ("official" heads the speaker, no noun modifier)', text: 'Iran has delivered drones to Russia since August, a Ukrainian official said.', type: 'AID', source: 'Iran', target: 'Russia', attributed_to: 'Ukrainian official' },
  { family: 'attribution: "people familiar with the matter said" speak as the phrase', text: 'Chile sent 50 troops to Peru last year, people familiar with the matter said.', type: 'AID', source: 'Chile', target: 'Peru', attributed_to: 'people familiar with the matter' },
  { family: 'attribution: "X was quoted as saying by Y" (Y the outer voice)', text: 'Chile sent 50 troops to Peru, the minister was quoted as saying by the Andes Times.', type: 'AID', source: 'Chile', target: 'Peru', attributed_to: 'Andes Times' },
  { family: 'attribution: "X, cited by Y, said …" (the speaker before the parenthetical)', text: 'Ortega, cited by the Andes Times, said Chile had sent 50 troops to Peru.', type: 'AID', source: 'Chile', target: 'Peru', attributed_to: 'Ortega' },
  { family: 'attribution: X told Y → innermost named X', text: 'Juan Perez told Maria Lopez that Peru would expel the Bolivian ambassador.', type: 'THREATEN', attributed_to: 'Juan Perez' },
  { family: 'denial: X denied a report that it had sent troops to protect Y', text: 'Egypt on Friday denied a newspaper report that it had deployed troops to protect the Libyan commander Khalifa Haftar.', type: 'AID', mode: 'security', source: 'Egypt', target: 'Khalifa Haftar', negated: true, attributed_to: 'Egypt' },
  { family: 'denial: X denied sending soldiers (gerund)', text: 'Russia denied sending soldiers to protect President Assimi Goita.', type: 'AID', source: 'Russia', target: 'Assimi Goita', negated: true },
  { family: 'denial: rejected reports that', text: 'The Iranian government rejected reports that it had sent weapons to the rebels.', type: 'AID', source: 'Iran', negated: true },
  { family: 'denial: combat troops deployed to the country (passive, "the country" = last country)', text: 'Mali is a poor country. Defence Minister Ivan Petrov told reporters on Monday that talks went well. He again denied that Russian combat troops had ever been deployed to the country.', type: 'AID', source: 'Russia', target: 'Mali', negated: true, attributed_to: 'Ivan Petrov' },
  { family: 'negated quantified subject: no X soldiers were sent', text: 'No Russian soldiers were sent to Syria.', type: 'AID', source: 'Russia', target: 'Syria', negated: true },
  { family: 'negated quantified subject: no foreign soldier guards this president', text: 'Mali’s president Assimi Goita addressed a rally on Friday. "No foreign soldier guards this president," he said.', type: 'AID', source: null, target: 'Assimi Goita', negated: true },
  { family: 'nominal: agent in the operation noun phrase', text: 'The French military operation on March 5 that ended with the capture of Ahmed Kone was praised.', type: 'COERCE', mode: 'arrest', source: 'France', target: 'Ahmed Kone' },
  { family: 'replacement: replace his guards with officers of X origin', text: 'The Kenyan president William Ruto spoke. Later the Kenyan leader replaced his guards with officers of Egyptian origin.', type: 'AID', mode: 'security', source: 'Egypt', target: 'William Ruto' },
  { family: 'replacement: replacing them with guards from a region (region stays a region, "them" → whose guards)', text: 'Peru’s president Ana Ruiz has lost faith in her escort. Last month she dismissed the whole detail, replacing them with officers from Central Asia, an aide said.', type: 'AID', mode: 'security', source: 'Central Asia', target: 'Ana Ruiz' },
  { family: 'withdrawal: target is the place, not a modifier', text: 'Chad has begun withdrawing the military advisers who had worked inside Niger’s army since 2019.', type: 'RETREAT', source: 'Chad', target: 'Niger' },
  { family: 'anaphora: "the X leader" → the person named before', text: 'Chilean President Marta Diaz gave a speech on Tuesday. The Chilean leader fears being killed by her Argentine escorts.', type: 'ASSAULT', source: 'Argentina', target: 'Marta Diaz', hedged: true },
  { family: 'aid: foreign officers working inside a security service', text: 'Belarusian officers have worked inside the Armenian intelligence service for years.', type: 'AID', mode: 'intelligence', source: 'Belarus', target: 'Armenia' },
  { family: 'reject: will not accept', text: 'Estonia insists it will not accept refugees arriving by sea.', type: 'REJECT', source: 'Estonia' },
  { family: 'subject: "and" opening a clause with its own subject', text: 'The Red Hand appears on a European watch list and in May its leader, Colonel Pedro Alvarez, was killed near the border by a Colombian drone strike.', type: 'ASSAULT', mode: 'kill', source: 'Colombia', target: 'Pedro Alvarez' },
  { family: 'accuse: passive with no agent, "in <country>" accuses', text: 'The former minister Ali Reza, who is accused of money laundering in the United States, fled to Oman.', type: 'ACCUSE', source: 'United States', target: 'Ali Reza' },
  { family: 'attribution: long office-holder speaker before "says"', text: 'The senior officer in charge of British naval units in the South Atlantic says Argentina is sending rifles and troops to Uruguay to help support its President Luis Gomez.', type: 'AID', mode: 'military', source: 'Argentina', target: 'Luis Gomez' },
  { family: 'request: possessive demand noun with a that-clause', text: 'The Miners Union repeated its demand on Monday that Bolivia release the jailed strikers.', type: 'REQUEST', source: 'Miners Union', target: 'Bolivia' },
  { family: 'parenthetical gloss of a name is no actor', text: 'The naval operation Northern Shield (Escudo del Norte) has destroyed more than 20 boats linked to Colombia.', type: 'ASSAULT', source: null, target: 'Colombia' },
  { family: 'subject: a relative after "one of X\'s N" speaks of N, not of X', text: 'Libya is only one of Egypt’s neighbours that has backed the Syrian leader Bashar al-Assad.', type: 'AID', source: 'Libya', target: 'Bashar al-Assad' },
  { family: 'reject: declined to', text: 'Vice-President Lena Ortiz has declined to resign despite pressure from the audit office.', type: 'REJECT', source: 'Lena Ortiz' },
  { family: 'intent: an act announced "unless" the other side gives way is a threat', text: 'Chad said it will pull its troops out of Niger unless the junta holds elections.', type: 'THREATEN', source: 'Chad' },
  { family: 'aid: flown in to take over the protection of Y', text: 'Belarus has flown about 80 soldiers into Yerevan to take over the close protection of Prime Minister Ana Petrosyan.', type: 'AID', mode: 'security', source: 'Belarus', target: 'Ana Petrosyan' },
  { family: 'aid: taken over the personal security of Y', text: 'Serbian guards had taken over the personal security of the Bosnian leader, Milan Kovac.', type: 'AID', mode: 'security', source: 'Serbia', target: 'Milan Kovac' },
  { family: 'aid: watched over Y', text: 'Egyptian bodyguards watched over King Hassan for a decade.', type: 'AID', mode: 'security', source: 'Egypt', target: 'Hassan' },
  { family: 'aid: armed forces arriving in a country are a deployment, not a visit', text: 'Kenyan troops arrived in Somalia in February.', type: 'AID', mode: 'military', source: 'Kenya', target: 'Somalia' },
  { family: 'actors: a head noun before a name belongs to the name ("the mercenary outfit Wagner")', text: 'The Russian mercenary outfit Wagner is withdrawing from Libya.', type: 'RETREAT', source: 'Wagner', target: 'Libya' },
  { family: 'attribution: the speaker before a parenthetical ("X, who was …, said")', text: 'Lena Ortiz, who was defence minister until 2019, said Chilean troops had taken over the security of President Gabriel Soto.', type: 'AID', source: 'Chile', target: 'Gabriel Soto', attributed_to: 'Lena Ortiz' },
  { family: 'attribution: ", said X" is no inverted speaker when X does something', text: 'Lena Ortiz, a former envoy, said Peru sent weapons to Bolivia.', type: 'AID', source: 'Peru', target: 'Bolivia', attributed_to: 'Lena Ortiz' },
  { family: 'a participle clause after a comma is an act of its own', text: 'Niger cut diplomatic relations with Ukraine on Sunday, accusing Kyiv of supporting the rebels.', type: 'SANCTION', source: 'Niger', target: 'Ukraine' },
  { family: 'attribution: "which reports to X" answers to X, it reports nothing', text: 'Africa Corps, which reports to the Russian Defence Ministry, has guarded General Abdourahamane Tiani since 2024.', type: 'AID', source: 'Africa Corps', target: 'Abdourahamane Tiani', attributed_to: null },
  { family: 'actors: a country\'s body named by an appositive ("Peru\'s intelligence agency, the DINI,")', text: "The former minister said that Peru's intelligence agency, the DINI, had detained a dozen army officers.", type: 'COERCE', source: 'DINI' },
  { family: 'attribution: the speaker before a possessive appositive and a bracketed acronym; "claimed it" is the speaker', text: "The Front for the Liberation of the North (FLN), Al-Shabaab's main ally in the region, separately claimed it had ambushed a Malian convoy.", type: 'ASSAULT', source: 'Front for the Liberation of the North', attributed_to: 'Front for the Liberation of the North' },
  { family: 'aid: any reading of "flew soldiers to X to guard Y" is a deployment', text: 'Russia has flown around 100 soldiers to Niamey to take over the close protection of General Abdourahamane Tiani.', type: 'AID', mode: 'security', source: 'Russia', target: 'Abdourahamane Tiani' },
  { family: 'aid: the ring of security around Y; a bare group is the actor it comes from ("troops from X\'s …")', text: "A detachment of troops from Russia's state-run Africa Corps now forms the inner ring of security around President Ana Ruiz.", type: 'AID', mode: 'security', source: 'Russia', target: 'Ana Ruiz', attributed_to: null },
  { family: 'coerce: a reporting verb with an indefinite object is the act ("declared a state of emergency")', text: 'The junta declared a state of emergency in Niger on Saturday.', type: 'COERCE', mode: 'martial-law', target: 'Niger', attributed_to: null },
  { family: 'sanction: withdrawing an ambassador or monitors cuts cooperation', text: 'Peru withdrew its ambassador from Chile on Monday.', type: 'SANCTION', mode: 'withdraw', source: 'Peru', target: 'Chile' },
  { family: 'intent: announcing the withdrawal of inspectors is a threat', text: 'The agency said it will withdraw its weapons inspectors from Syria.', type: 'THREATEN' },
  { family: 'mobilize: preparing to attack', text: 'The Bolivian army prepared to resume shelling the rebel towns near Peru.', type: 'MOBILIZE', mode: 'military', source: 'Bolivian Army' },
  { family: 'aid: the receiver as subject ("received drones from X")', text: 'Belarus has received about 40 attack drones from China since June.', type: 'AID', mode: 'military', source: 'China', target: 'Belarus' },
  { family: 'aid: taking delivery of weapons made by X', text: 'Minsk has taken delivery of about 300 Chinese drones since August.', type: 'AID', mode: 'military', source: 'China', target: 'Belarus' },
  { family: 'aid: handing over weapons', text: 'China may hand over ballistic missiles to Belarus.', type: 'AID', mode: 'military', source: 'China', target: 'Belarus', hedged: true },
  { family: 'aid: instructors training another army', text: 'Chinese instructors trained Belarusian crews near Minsk.', type: 'AID', mode: 'training', source: 'China', target: 'Belarus' },
  { family: 'assault: launching weapons at X', text: 'Belarus launched 40 drones at Lithuania on Monday morning.', type: 'ASSAULT', mode: 'attack', source: 'Belarus', target: 'Lithuania' },
  { family: 'negation: stopping an activity ("stopped shipping drones")', text: 'China stopped shipping drones to Belarus in mid-2023.', type: 'AID', source: 'China', target: 'Belarus', negated: true },
  { family: 'compound target with the preposition repeated ("on X and on Y")', text: 'The European Union imposed sanctions on three Belarusian officers and on the Minsk Tractor Works.', type: 'SANCTION', source: 'European Union', target: 'Belarus' },
  { family: 'sanction: stripping an ambassador of accreditation, downgrading ties', text: 'Chile downgraded its diplomatic relations with Peru on Monday.', type: 'SANCTION', mode: 'diplomatic', source: 'Chile', target: 'Peru' },
  { family: 'intent: would respond in kind is a threat', text: 'Chile said it would respond in kind to any attack by Peru.', type: 'THREATEN', source: 'Chile' },
  { family: 'hand noun rule in a derived slot: staged a hunger strike', text: 'The jailed poet Lena Ortiz staged a hunger strike to protest her sentence.', type: 'PROTEST', source: 'Lena Ortiz' },
  { family: 'a fronted place phrase holds no subject', text: 'Outside the Peruvian consulate in Quito, about 300 students protested against Chile.', type: 'PROTEST', source: 'students', target: 'Chile' },
  { family: 'protest at a foreign mission: its country is the target', text: 'Hundreds of Chileans rallied outside the Peruvian embassy in Madrid.', type: 'PROTEST', source: 'Chile', target: 'Peru' },
  { family: 'rejecting accusations by someone is a refusal aimed at the accuser', text: 'Chile rejected accusations by Peru that its navy had seized two trawlers.', type: 'REJECT', source: 'Chile', target: 'Peru' },
  { family: 'a refusal and the content it denies share a pair: both stay', text: 'Peru on Monday rejected Chilean claims that its troops had attacked border posts.', type: 'REJECT', source: 'Peru', target: 'Chile' },
  { family: 'a withdrawal declared, not yet made, is a concession', text: 'Chile said on Friday it would pull its troops out of the disputed valley within a month.', type: 'CONCEDE', source: 'Chile' },
  { family: 'being willing to withdraw is still an agreement', text: 'Peru says it is willing to withdraw its troops from the border zone.', type: 'AGREE', source: 'Peru' },
  { family: 'withdrawing from a body cuts ties with it (a place left is a retreat)', text: 'Peru withdrew from the Andean Community on Tuesday.', type: 'SANCTION', mode: 'withdraw', source: 'Peru' },
  { family: 'an organisation kicked out is a tie cut, not a deportation', text: 'Ostland kicked out the Danish Refugee Council from its northern province.', type: 'SANCTION', mode: 'expel', source: 'Ostland' },
  { family: 'a one-sided act whose only recipient is a bare group stands on its named doer', text: 'Opposition leader Marta Quispe denounced the arrest of three of her aides.', type: 'ACCUSE', source: 'Marta Quispe' },
  { family: 'a stance verb on an act: the act is its object, its doer the target', text: 'Lisbon condemned the deployment of Moroccan troops to the border.', type: 'ACCUSE', source: 'Portugal', target: 'Morocco' },
  { family: 'a participle after a tail frame is the speaker\'s own act', text: 'Chinese advisers are in Minsk, the Lithuanian government said on Monday, accusing Beijing of meddling.', type: 'ACCUSE', source: 'Lithuania', target: 'China', attributed_to: null },
  { family: 'a name before a weapon noun designates the weapon, no recipient', text: 'China may hand over Dongfeng ballistic missiles to Belarus.', type: 'AID', source: 'China', target: 'Belarus' },
  { family: 'a weekday after "on" is no part of an organisation\'s name', text: 'The White House on Thursday accused Beijing of meddling.', type: 'ACCUSE', source: 'White House', target: 'China' },
  { family: 'a place takes no "for" complement ("asked London for X")', text: 'Kyiv asked London for Storm Shadow missiles.', type: 'REQUEST', source: 'Ukraine', target: 'United Kingdom' },
  { family: 'a noun event in a phrase after a support verb, over a relative clause', text: 'Belarus has used the drones, which it calls Molniya, in waves of attacks on Lithuania.', type: 'ASSAULT', source: 'Belarus', target: 'Lithuania' },
  { family: 'main clause first: an event in a relative clause comes after it', text: 'The Ostland militia, which seized Velma last year, agreed on Sunday to join talks with the government.', type: 'AGREE' },
  { family: 'main clause first: a fronted participle clause is background', text: 'Accusing Minsk of sheltering smugglers, Poland closed its border crossings with Belarus.', type: 'SANCTION', source: 'Poland' },
  { family: 'a first-person pronoun in reported speech is its speaker', text: '"We will not negotiate with Minsk," said Lena Ortiz, the Lithuanian deputy foreign minister.', type: 'REJECT', source: 'Lena Ortiz', target: 'Belarus' },
  { family: '"our" in quoted speech of a spokesman is the organisation he speaks for', text: '"They shelled our positions all night," said a spokesman for the Ostland Liberation Front.', type: 'ASSAULT', target: 'Ostland Liberation Front' },
  { family: 'a passive reporting verb: its subject is the content, the "by" phrase its speaker', text: 'The release of 57 prisoners by Belarus was confirmed on Thursday by Lena Ortiz.', type: 'RETREAT', source: 'Belarus', attributed_to: 'Lena Ortiz' },
  { family: 'a possessor is the doer of the noun event it owns', text: "Tokyo's apology to Seoul was delivered on Monday.", type: 'CONCEDE', source: 'Japan', target: 'South Korea' },
  { family: 'a possessor\'s threat frames the act threatened', text: "Ankara's threat to launch an offensive against Syria was repeated on Friday.", type: 'THREATEN', source: 'Türkiye' },
  { family: 'a national branch of the armed forces is an organisation of its own', text: "China's coast guard boarded two Philippine navy boats on Monday.", type: 'COERCE', mode: 'seize', source: 'Chinese Coast Guard', target: 'Philippine Navy' },
  { family: 'ramming a vessel is an attack', text: 'A Vietnamese cutter rammed a Chinese fishing boat near the reef.', type: 'ASSAULT', source: 'Vietnam', target: 'China' },
  { family: 'deployed vessels: their named owner is the doer, not the target', text: 'At least six Russian Navy ships had been deployed near Gotland.', type: 'MOBILIZE', source: 'Russian Navy' },
  { family: 'hearsay: "are said to have" hedges the act of its subject, who is no speaker', text: 'Chilean commandos are said to have boarded two Peruvian patrol boats.', type: 'COERCE', source: 'Chile', target: 'Peru', attributed_to: null, hedged: true },
  { family: 'subject: "since early June" is a time, no clause of its own', text: 'Three Chilean frigates that had patrolled off the coast since early June withdrew on Friday.', type: 'RETREAT', source: 'Chile' },
  { family: 'threaten: a speaker that is no actor ("His office said …, and warned that X would respond") leaves X its own voice', text: 'Her office said on Friday that trade between Ostland and Kereva had grown, and warned that Peru would respond with every means available.', type: 'THREATEN', source: 'Peru', target: null },
  { family: 'frames: an inflected verb after "and" is the next act, not the content of "urged X to …"', text: 'Marta Diaz urged Lima to withdraw its ships from the bay, and warned that Chile would take firm measures.', type: 'THREATEN', source: 'Marta Diaz', target: null },
  { family: 'aid: "helped drive X out" names no one helped; the troops sent "to fight alongside" Y aid Y', text: 'Chile sent soldiers to fight alongside Peruvian forces, saying they helped drive rebels out of the capital.', type: 'AID', source: 'Chile', target: 'Peru' },
  { family: 'frames: an -s form after a number ("two patrol points") is a plural noun, no reporting verb', text: 'Peruvian troops pulled back from two patrol points near the border on Friday.', type: 'RETREAT', source: 'Peru' },
  { family: 'accuse: a state\'s formal or diplomatic protest is an accusation (PLOVER ACCUSE), not a demonstration', text: 'Chile filed a diplomatic protest with Peru over the arrests.', type: 'ACCUSE', mode: 'disapprove', source: 'Chile', target: 'Peru' },
  { family: 'a verb after a hyphenated name ("Al-Shabaab recruited") is a verb, not a noun after a compound modifier', text: 'Al-Shabaab recruited hundreds of fighters in Kenya last year.', type: 'MOBILIZE', source: 'Al-Shabaab' },
  { family: 'reject: the talks ruled out are refused, no consultation', text: 'Peru ruled out talks with Chile until the border dispute is settled.', type: 'REJECT', source: 'Peru', target: 'Chile' },
  { family: 'aid: "X\'s bodyguards …, who …, were <nationality>": the nationality guards the owner', text: "Several of Ortega's bodyguards, who shoved the reporters, were Peruvian.", type: 'AID', mode: 'security', source: 'Peru', target: 'Ortega' },
  { family: 'denial: "rejected accusations of supplying …" denies the rejecter\'s own act; the accusation is no act of theirs', text: 'Iran rejected accusations of supplying drones to Russia.', type: 'AID', source: 'Iran', target: 'Russia', negated: true },
  { family: 'denial: "denied allegations of sending …", the same with a denial frame', text: 'Iran denied allegations of sending troops to Syria.', type: 'AID', source: 'Iran', target: 'Syria', negated: true },
  { family: 'pronouns: "in X, where they …" — the place "where" names is not who acts there', text: 'Chilean advisers are based in Arica, where they coach Peruvian soldiers.', type: 'AID', mode: 'training', source: 'Chile', target: 'Peru' },
  { family: 'assault: "were killed when X shelled …" — the attack of the "when" clause did the killing', text: 'Five Chilean soldiers were killed when Peruvian artillery shelled their base.', type: 'ASSAULT', mode: 'kill', source: 'Peru', target: 'Chile' },
  { family: 'mobilize: forces deployed to a region are mobilized there (to a state, they aid it)', text: 'Peruvian troops were deployed to the Tacna region on Friday.', type: 'MOBILIZE', source: 'Peru', target: 'Tacna' },
  { family: 'aid: forces deployed to a state aid it', text: 'Peruvian troops were deployed to Bolivia on Friday.', type: 'AID', mode: 'military', source: 'Peru', target: 'Bolivia' },
  { family: 'subject: "after" opening a clause ("days after X accused Y") leaves X the subject', text: "The talks stalled days after Peru's President Ana Ruiz accused Chile of spying.", type: 'ACCUSE', source: 'Ana Ruiz', target: 'Chile' },
  { family: 'reject: rejecting someone\'s claims that … is a refusal aimed at them (the content denied)', text: "Lima rejected Santiago's claims that Peruvian troops had shelled the border post.", type: 'REJECT', source: 'Peru', target: 'Chile' },
  { family: 'protest: where protesters are is no target; what they show disapproval of, or defy, is', text: "Demonstrators in Lima blocked a road to show their disapproval of Chile's border policy.", type: 'PROTEST', target: 'Chile' },
  { family: 'protest: "in defiance of X" names the target', text: 'Thousands of farmers marched in Lima in defiance of the Peruvian government.', type: 'PROTEST', target: 'Peru' },
  { family: 'a domestic act whose place names the doer\'s own country keeps its doer in dossier code', text: 'Peruvian rebels blew up a pipeline near Lima.', type: 'ASSAULT', mode: 'destroy', source: 'Peru', target: null },
  { family: 'passive: a subject that is no actor is the place of the one its "for" names ("a camp for X was attacked")', text: 'A camp for Chilean miners was attacked by Peruvian gunmen on Sunday.', type: 'ASSAULT', source: 'Peru', target: 'Chile' },
  { family: 'retreat: letting inspectors in is a concession (RETREAT access), no withdrawal of cooperation', text: 'Peru allowed Chilean inspectors into the smelter on Monday.', type: 'RETREAT', mode: 'access', source: 'Peru' },
  { family: 'frames: a hand rule with words of its own keeps its type under a frame verb ("pledged revenge")', text: 'The rebels pledged revenge on Peru for the air strikes.', type: 'THREATEN', target: 'Peru' },
  { family: 'owners: "its navy seized" acts for the state "its" refers to', text: 'Iran said its navy seized a British tanker in the strait.', type: 'COERCE', source: 'Iran', target: 'United Kingdom' },
  { family: 'frames: "ordered X diplomats to leave" is an expulsion, not a request', text: 'Chile ordered Peruvian diplomats to leave the country within two days.', type: 'SANCTION', source: 'Chile', target: 'Peru' },
  { family: 'mobilize: rallying civilians ("mobilized pressure groups") is no military move; "to help support X" is support', text: 'Chile has mobilized pressure groups in Europe to help support the rights of Peruvian miners.', type: 'SUPPORT', source: 'Chile', target: 'Peru' },
  { family: 'threaten: a target "in" something ("in its border war with Y unless Z …") is where; the condition names whom', text: 'Peru threatened to launch a new offensive in its border war with Ecuador unless Quito accepted its terms.', type: 'THREATEN', source: 'Peru', target: 'Ecuador' },
  { family: 'concede: loosening curbs eases a restriction (no coercion by the noun "curbs")', text: 'Chilean authorities loosened curbs on Peruvian truck drivers at the border.', type: 'CONCEDE', mode: 'ease', source: 'Chile', target: 'Peru' },
  { family: 'negation: a cue word inside a name ("Reporters Without Borders") negates nothing', text: 'Reporters Without Borders condemned Peru over the closure of two radio stations.', type: 'ACCUSE', negated: false },
  { family: 'cooperate: "combined naval manoeuvres" of two navies are a joint activity, no mobilization', text: 'Chilean warships and Peruvian frigates began combined naval manoeuvres off Arica.', type: 'COOPERATE', source: 'Chile', target: 'Peru' },
  { family: 'accuse: condemning an act ("condemned the Chilean air strike") is aimed at its doer; the act is no event of the condemner', text: 'Peru condemned the Chilean air strike on the village.', type: 'ACCUSE', source: 'Peru', target: 'Chile' },
  { family: 'request: "is pressing the electoral board to …" asks something of the board', text: 'Opposition parties are pressing the electoral board to recount the ballots.', type: 'REQUEST', source: 'opposition parties' },
  { family: 'request: a demand noun\'s that-clause names whom it is made of ("its demand that Chile ease curbs on …")', text: 'The union repeated its demand that Chile ease restrictions on the movement of Peruvian workers.', type: 'REQUEST', target: 'Chile' },
  { family: 'reject: refusing "calls by X for …" is aimed at X', text: "Lima rejected recent calls by Bolivia's rulers for a new gas deal.", type: 'REJECT', source: 'Peru', target: 'Bolivia' },
  { family: 'protest: the agent of what is protested ("the violations by X") is the target, not the protesters', text: 'Peruvian students staged demonstrations against the alleged abuses by the Chilean police.', type: 'PROTEST', source: 'Peru', target: 'Chile' },
  { family: 'threaten: a hostile act the doer could take if the other side … is a threat', text: 'Chile said it could sever diplomatic relations with Lima if Peru expels its ambassador.', type: 'THREATEN', mode: 'sever', source: 'Chile', target: 'Peru', hedged: false },
  { family: 'threaten: someone\'s fear of an act "if …" is no threat by its doer', text: 'The president fears being assassinated by his Peruvian guards if he steps down.', type: 'ASSAULT', hedged: true },
  { family: 'mobilize: forces sent to a region ("to the Tacna region") are mobilized there, no aid', text: 'Peru sent two armoured battalions to the Tacna region on Friday.', type: 'MOBILIZE', source: 'Peru' },
  { family: 'request: "insisted that X withdraw …" (a bare-form that-clause) asks X; "insisted that it had …" only says', text: 'Lima insisted that Santiago withdraw its patrol boats from the disputed waters.', type: 'REQUEST', source: 'Peru', target: 'Chile' },
  { family: 'threaten: a hostile act not ruled out ("did not rule out closing its border with X if …") is a threat of it', text: 'Peru did not rule out closing its border with Bolivia if the blockade continued.', type: 'THREATEN', source: 'Peru', target: 'Bolivia', negated: false },
  { family: 'subject: "X, which hosts Y, did …" — a relative clause closed by its comma is a parenthesis', text: 'Chile, which hosts Peruvian refugees, did not rule out talks with Bolivia.', type: 'AGREE', source: 'Chile', target: 'Bolivia' },
  { family: 'a participle before its noun after an -ing verb ("is investigating alleged crimes") is an adjective, no reporting frame', text: 'Peru is investigating alleged abuses by Chilean guards at the border.', type: 'ACCUSE', mode: 'investigate', source: 'Peru' },
  { family: 'accuse: investigating a wrong "by X … against Y" is aimed at its doer X', text: 'The United Nations is investigating alleged abuses by Chilean police against Peruvian migrants.', type: 'ACCUSE', mode: 'investigate', target: 'Chile' },
  { family: '"is expected to" is a forecast, no intent: the act keeps its type, hedged', text: 'Washington is expected to blacklist three Chinese chipmakers on Friday.', type: 'SANCTION', source: 'United States', hedged: true },
  { family: 'a passive hand rule keeps a bare group doer from "by"', text: 'Two journalists were detained on Monday by police in Minsk.', type: 'COERCE', source: 'police' },
  { family: 'an ordinary word opening a sentence is no name ("Asylum was granted …")', text: 'Asylum was granted on Friday to a Chilean reporter by Peru.', type: 'AID', mode: 'asylum', source: 'Peru' },
  { family: 'a speech act codes at its own reporting verb ("admitted that …")', text: 'The Chilean navy admitted that its sailors had fired on a Peruvian trawler.', type: 'CONCEDE', source: 'Chilean Navy' },
  { family: 'an allegation accuses the first actor of what it reports', text: 'Peru alleged on Monday that Chile had sheltered the smugglers.', type: 'ACCUSE', source: 'Peru', target: 'Chile' },
  { family: 'what a speaker did around the saying is their own act ("said after talks with …")', text: '"The talks were useful," the Chilean president said after talks with her Peruvian counterpart.', type: 'CONSULT', attributed_to: null },
  { family: 'main clause first: a reduced relative ("miners kidnapped in X were freed") is background', text: 'Fourteen Chilean miners kidnapped in Peru were freed on Saturday by their captors.', type: 'RETREAT' },
  { family: 'a frame in a relative clause ends with it; a phrasal verb frames nothing', text: 'The Ostland teachers union, which had threatened to shut schools for a month, called off its strike after the government agreed to review pay.', type: 'CONCEDE' },
  { family: 'a hostile act ruled out ("would not cut ties") is no threat: it stays itself, negated', text: 'Peru said it would not cut diplomatic ties with Chile over the incident.', type: 'SANCTION', negated: true },
  { family: 'a verb of speech after "said …, and" is the speaker\'s own', text: 'The Chilean foreign ministry said Peru was stirring up trouble and urged Lima to stop backing the rebels.', type: 'REQUEST', source: 'Chile' },
  { family: 'a demonym hyphen-fused to "flagged" is no actor', text: 'Iran has released the Greek-flagged tanker Aegean Star, which it seized in May.', type: 'RETREAT', source: 'Iran', target: 'Aegean Star' },
  { family: 'a demonym locating a place is no actor ("the Algerian town of X")', text: 'Angry youths hurled stones at police in the Algerian town of Bejaia.', type: 'PROTEST', target: 'Bejaia' },
  { family: 'two named parties to an agreement are its two sides, whatever it is about', text: 'Chile and Peru reached an interim arrangement on fishing rights near the maritime border.', type: 'AGREE', source: 'Chile', target: 'Peru' },
  { family: 'a demonym before an office ("his Ugandan counterpart, X,") gives way to the person in apposition', text: 'The Kenyan foreign minister spoke by phone with his Ugandan counterpart, Sam Okello, on Friday.', type: 'CONSULT', target: 'Sam Okello' },
  { family: 'threaten: the threatened act\'s own doer ("that China would respond … if X") is no target', text: 'The spokesman warned that China would respond firmly if Vietnam broke the deal.', type: 'THREATEN', target: 'Vietnam' },
  { family: 'nominal: a name right after a verb of giving receives it ("gave Syria military assistance")', text: 'Russia gave Syria military assistance last year.', type: 'AID', source: 'Russia', target: 'Syria' },
  { family: 'forces owned by a possessive: agents, crews and vessels act for the owner too', text: 'Belarus denied that its agents had attacked the fishermen.', type: 'ASSAULT', source: 'Belarus', negated: true },
  { family: '", and" joins two acts: a denial and an accusation between the same pair are both kept', text: 'The Chinese coast guard said its ships did not ram any Vietnamese boat, and accused Vietnam of provoking the clash.', type: 'ACCUSE', source: 'Chinese Coast Guard', target: 'Vietnam' },
  { family: 'the doer\'s own possessive is no target; the recipient further on is ("cut its budget aid to Zambia")', text: 'Sweden cut its budget aid to Zambia after the disputed vote.', type: 'SANCTION', source: 'Sweden', target: 'Zambia' },
  { family: 'aid: humanitarian goods delivered by a nation\'s planes', text: 'Emirati cargo planes delivered tents and blankets to flood victims in Sindh.', type: 'AID', mode: 'humanitarian', source: 'United Arab Emirates' },
  { family: 'nominal: after a hyphenated compound, a noun ("a 40-minute call with X")', text: 'Chancellor Ana Ruiz held a 40-minute call with the Chilean president on Tuesday.', type: 'CONSULT', source: 'Ana Ruiz', target: 'Chile' },
  { family: 'nominal: with no doer, "between A and B" gives the two sides (over a place named before)', text: 'A meeting in Nairobi between Somali and Kenyan officials ended without a deal.', type: 'CONSULT', source: 'Somalia', target: 'Kenya' },
  { family: 'a comma list closed by "and" is one compound ("Britain, France and Germany"); parties to a pact: the first with each other', text: 'Britain, France and Germany signed the accord in Paris.', type: 'SUPPORT', source: 'United Kingdom', target: 'France' },
  { family: 'what parties share together names a topic, not a recipient ("sharing intelligence on …")', text: 'Kenya and Uganda have been sharing intelligence on rebel movements for weeks.', type: 'COOPERATE', source: 'Kenya', target: 'Uganda' },
  { family: 'aid: weapons handed to a recipient, negated ("had not handed any weapons to X")', text: 'Belarus had not handed any howitzers to the junta in Niamey.', type: 'AID', source: 'Belarus', negated: true },
  { family: 'retreat: forces withdrawn (passive, no agent) name who withdraws them', text: 'Chadian troops have been pulled back from the border with Sudan.', type: 'RETREAT', source: 'Chad' },
  { family: 'a name no gazetteer knows before a weapon phrase is the weapon\'s ("Koksan self-propelled guns")', text: 'North Korea has handed over about 100 Koksan self-propelled guns to Russia.', type: 'AID', source: 'North Korea', target: 'Russia' },
  { family: 'the goods\' nationality is no recipient ("sent Iranian drones … to the rebels")', text: 'Iran sent Iranian drones and Russian missiles to the rebels.', type: 'AID', source: 'Iran', target: 'rebels' },
  { family: 'frames: a participle with "by" after a noun is a reduced relative, no reporting frame ("an island claimed by Guyana")', text: 'Venezuelan troops pulled back from a river island claimed by Guyana.', type: 'RETREAT', source: 'Venezuela' },
  { family: 'a passive killing "in a <demonym> strike" is that nation\'s', text: 'Three Malian soldiers were killed in an Algerian drone strike near the border.', type: 'ASSAULT', mode: 'kill', source: 'Algeria', target: 'Mali' },
  { family: 'arms handed over in the passive name their giver by their nationality', text: 'Iranian missiles were shipped to Russia across the Caspian Sea.', type: 'AID', source: 'Iran', target: 'Russia' },
  { family: 'a plural after a plain word, before an auxiliary, is a noun ("artillery shells were supplied")', text: 'Serbian artillery shells were supplied to Kyiv through third countries.', type: 'AID', source: 'Serbia', target: 'Ukraine' },
  { family: 'threaten: the side that "would respond" is the threatener\'s own, no target; one that "would pay" is the target', text: 'Spokesman Ivo Marsh warned that Chile would respond in kind.', type: 'THREATEN', source: 'Ivo Marsh', target: null },
  { family: 'threaten: one that "would pay a price" is the target', text: 'Ivo Marsh warned that Chile would pay a heavy price.', type: 'THREATEN', target: 'Chile' },
  { family: 'a strike a nation\'s adjective makes is an attack on those who died in it', text: 'North Korean officers died in a Ukrainian strike near Donetsk.', type: 'ASSAULT', source: 'Ukraine', target: 'North Korea' },
  { family: 'a labour strike stays a protest ("the dockers staged a general strike")', text: 'The dockers staged a general strike.', type: 'PROTEST' },
  { family: 'a number word opening the sentence is no actor ("Seven fighters were killed …")', text: 'Seven fighters were killed in a Turkish strike near Qamishli.', type: 'ASSAULT', target: 'fighters' },
  { family: 'time: each coordinated act keeps its own time ("in 2014 and … in 2022")', text: 'Russia annexed Crimea in 2014 and invaded Ukraine in 2022.', type: 'ASSAULT', target: 'Ukraine', when: '2022' },
];

/** Sentences that must code no event of the given type (precision rules). */
const NONE: { family: string; text: string; type: string }[] = [
  { family: '"fight corruption", "fight for rights" name no armed party', text: 'Kenya vowed to fight corruption and to fight for the rights of workers.', type: 'ASSAULT' },
  { family: '"fight corruption" threatens no one either', text: 'Kenya vowed to fight corruption.', type: 'THREATEN' },
  { family: '"fight alongside" is on their side', text: 'Chad sent soldiers to fight alongside Malian forces.', type: 'ASSAULT' },
  { family: '"called X \"…\"" / "called X a …" describes, it is no call', text: 'Peru called the Chilean denial "not credible" on Monday.', type: 'REQUEST' },
  { family: 'a measure under review is no measure, nor a threat of one', text: 'Chile said it would review its sanctions on Peruvian officials.', type: 'THREATEN' },
  { family: '"wants to join" is the doer\'s own wish, no request', text: 'Sweden wants to join the alliance before the summit.', type: 'REQUEST' },
  { family: 'rallying civilians is no mobilization of forces', text: 'The party mobilized its supporters in the capital ahead of the vote.', type: 'MOBILIZE' },
  { family: 'a station named by what it is for ("a police station") is no stationing of forces', text: 'Gunmen attacked a police station in Bannu on Tuesday.', type: 'MOBILIZE' },
  { family: 'trains that carry goods ("cargo trains") train no one', text: 'Chile and Peru reopened their rail link, allowing cargo trains to cross the border.', type: 'AID' },
  { family: 'forces that move on their own ("soldiers have moved toward …") are moved by no one named', text: 'Officials said those soldiers have moved toward the border region.', type: 'MOBILIZE' },
  { family: '"insisted that it had …" says something, asks nothing', text: 'Lima insisted that it had done nothing wrong in the disputed waters.', type: 'REQUEST' },
  { family: '"X, called Y" names, it is no call', text: 'Sabina Shoal, called Escoda Shoal in Manila, lies west of Palawan.', type: 'CONSULT' },
  { family: '"call on" is contiguous ("a call with X on Tuesday" is no appeal)', text: 'Chancellor Ana Ruiz held a 40-minute call with the Chilean premier on Tuesday.', type: 'REQUEST' },
  { family: '"which it calls X" names, it is no call', text: 'Belarus has used the drones, which it calls Molniya, against Lithuania.', type: 'REQUEST' },
  { family: 'a plural after a plain noun, with no object, is a noun ("power stations and")', text: "Belarus attacked Lithuania's power stations and water plants.", type: 'MOBILIZE' },
  { family: 'a word hyphen-fused to the next is a modifier, no verb ("close-range")', text: 'Russia received close-range missiles from Iran.', type: 'RETREAT' },
  { family: 'cameo policy: "control" describes a standing relation', text: 'Cuba controls the main security agencies of Venezuela.', type: 'COOPERATE' },
  { family: 'cameo policy: "surround" describes a position', text: 'Cuban agents surround the Bolivian president, Luis Arce, at every event.', type: 'ASSAULT' },
  { family: 'cameo policy: an intent verb is no event of its own (the act it governs is: "intends to deepen ties" is a pledge)', text: 'Chile intends to build a new port near the border with Argentina.', type: 'AGREE' },
  { family: 'a participle fused by a hyphen is an adjective', text: 'The army finally launched its long-threatened offensive against the rebel towns.', type: 'THREATEN' },
  { family: 'the actor of an earlier clause does not act in a "but" clause with its own subject', text: 'Ortega says he won the 2021 vote, but forty countries recognize the exiled candidate Felix Maradiaga.', type: 'SUPPORT' },
  { family: 'a reporting verb with its clause reports an event, it is none', text: 'The Sahel Liberation Front, a rebel coalition, separately claimed it had downed an army helicopter.', type: 'ACCUSE' },
  { family: '"declined to say" is no comment, no rejection', text: 'The Kremlin declined to say where the drones were made.', type: 'REJECT' },
  { family: 'a trigger modifying a force noun is no event', text: 'Kenyan combat troops arrived in Somalia on Monday.', type: 'ASSAULT' },
  { family: 'a plural after a plain noun after "of" is a noun ("producers of artillery shells")', text: 'South Korea is one of the largest producers of artillery shells and has sold tanks to Poland.', type: 'ASSAULT' },
  { family: 'the month is no march ("since March")', text: 'Belarusian agents have watched the opposition leader since March, two officials said.', type: 'PROTEST' },
  { family: '"back" closing its clause is an adverb, no backing ("asked for the rifles back")', text: 'The Ghanaian army has asked for the seized rifles back.', type: 'AID' },
];

describe('precision: no event', () => {
  for (const row of NONE) {
    it(`${row.family}: ${row.text}`, () => {
      const { events } = codeText(row.text, null);
      expect(events.filter((e) => e.type === row.type), JSON.stringify(events)).toEqual([]);
    });
  }
});

/** Attribution resolved across sentences: [text, type of the event to look at, expected attributed_to]. */
const DOC_ATTR: { family: string; text: string; type: string; attributed_to: string | null }[] = [
  {
    family: 'office-holder speaker → the named person who speaks next',
    text: 'Russia sent weapons to Belarus, the top Russian army commander for the western district said on Monday.\n\n"We are ready," said General Oleg Petrov, head of the western command.',
    type: 'AID', attributed_to: 'Oleg Petrov',
  },
  {
    family: 'generic outlet noun → the outlet the article names later',
    text: 'Turkish troops have begun their withdrawal from Syria, the agency reported.\n\nReuters first reported the move on Friday.',
    type: 'RETREAT', attributed_to: 'Reuters',
  },
  {
    family: 'a new paragraph ends the previous attribution',
    text: 'According to the reporters, the guards were very young.\n\nGermany sent weapons to Poland.',
    type: 'AID', attributed_to: null,
  },
];

describe('the head of state', () => {
  it('refers to the leader the article named, and a "said on … that" frame keeps its content', () => {
    const text = 'Colonel Ana Ruiz leads the junta in Peru.\n\nIn Lima, government spokesman Colonel Pedro Soto said on state radio that "no foreign soldier is in charge of the security of the head of state."';
    const { sentences, mentions } = analyzeText(text);
    const { events } = extractEvents({ text, sentences, mentions, published: null });
    const aid = events.find((e) => e.type === 'AID');
    expect(aid, JSON.stringify(events)).toBeDefined();
    expect(aid!.target?.name).toBe('Ana Ruiz');
    expect(aid!.negated).toBe(true);
    expect(aid!.attribution?.name).toMatch(/Pedro Soto$/);
  });
});

describe('attribution across sentences', () => {
  for (const row of DOC_ATTR) {
    it(row.family, () => {
      const { events } = codeText(row.text, null);
      const e = events.find((x) => x.type === row.type);
      expect(e, JSON.stringify(events)).toBeDefined();
      if (row.attributed_to === null) expect(e!.attributed_to).toBeNull();
      else expect(norm(e!.attributed_to)).toContain(norm(row.attributed_to));
    });
  }
});

const norm = (s: string | null | undefined) => (s ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

describe('event order', () => {
  it('puts the killing first when the attack noun is its subject ("A roadside bombing near X killed …")', () => {
    const { events } = codeText('A roadside bombing near the town of Tacna killed two Peruvian soldiers on Sunday.', null);
    expect(events[0]?.mode, JSON.stringify(events)).toBe('kill');
    expect(events[0]?.target?.name).toBe('Peru');
  });
});

describe('codeLines', () => {
  it('codes a batch of lines as codeText codes each line alone, in order', () => {
    const lines = [...ROWS.map((r) => r.text), '', 'The weather was mild.'];
    expect(codeLines(lines, '2021-06-01')).toEqual(lines.map((l) => codeText(l, '2021-06-01')));
  });
});

describe('codeText: one row per rule family', () => {
  for (const row of ROWS) {
    it(`${row.family}: ${row.text}`, () => {
      const { events } = codeText(row.text, row.published ?? null);
      const e = events.find((x) => x.type === row.type);
      expect(e, JSON.stringify(events)).toBeDefined();
      if (!e) return;
      if (row.mode !== undefined) expect(e.mode).toBe(row.mode);
      if (row.source !== undefined) expect(norm(e.source?.name)).toBe(norm(row.source));
      if (row.target !== undefined) expect(norm(e.target?.name)).toBe(norm(row.target));
      if (row.attributed_to !== undefined) expect(norm(e.attributed_to)).toContain(norm(row.attributed_to));
      if (row.negated !== undefined) expect(e.negated).toBe(row.negated);
      if (row.hedged !== undefined) expect(e.hedged).toBe(row.hedged);
      if (row.when !== undefined) expect(e.when?.start ?? null).toBe(row.when);
      expect(e.rule).toMatch(/\S/);
    });
  }
});

describe('extractEvents: document-level behaviour', () => {
  const docEvents = (text: string) => extractEvents({ text, ...analyzeText(text), published: null }).events;
  it('in documents, derived (CAMEO) verbs code no accusation, threat, consultation or coercion; dossier code keeps them', () => {
    const text = 'Ostland decried the conduct of Ruritania at the border.';
    expect(codeText(text).events.map((e) => e.rule)).toEqual(['cameo:disapprove:110']);
    expect(docEvents(text)).toEqual([]);
  });
  it('"the military", "the navy" refer back to the one such body the article named; with two named, to neither', () => {
    const one = docEvents('The Armed Forces of Ostland said on Monday that Ruritanian troops crossed the border. The military accused Ruritania of an invasion.');
    expect(one.map((e) => [e.source?.name, e.type, e.target?.name])).toContainEqual(['Armed Forces of Ostland', 'ACCUSE', 'Ruritania']);
    const two = docEvents('The Ostland Coast Guard and the Ruritania Coast Guard met on Monday. The coast guard accused Ruritania of an invasion.');
    expect(two.filter((e) => e.type === 'ACCUSE').map((e) => e.source?.name)).not.toContain('Ostland Coast Guard');
  });
  it('an interview answer ("Name: …") speaks in its speaker\'s voice to the paragraph\'s end, and "we" is the country they speak for', () => {
    const text = 'Ana Ruiz, the Peruvian Navy\'s spokeswoman, spoke to Lima Weekly on Monday.\n\nLima Weekly: What happened?\n\nRuiz: Chilean sailors boarded two of our boats. Santiago has sanctioned us.';
    const evs = docEvents(text);
    const boarding = evs.find((e) => e.type === 'COERCE');
    expect(boarding?.attribution?.name, JSON.stringify(evs)).toBe('Ana Ruiz');
    const sanction = evs.find((e) => e.type === 'SANCTION');
    expect(sanction?.attribution?.name, JSON.stringify(evs)).toBe('Ana Ruiz');
    expect(sanction?.target?.name).toBe('Peru');
  });
  it('"they" is no single person: not the interview turn\'s speaker, but the group the answer names', () => {
    const text = 'Ana Ruiz, the Peruvian Navy\'s spokeswoman, spoke to Lima Weekly on Monday.\n\nLima Weekly: Who is behind the raids?\n\nRuiz: Chilean units. They have been attacking our fishing boats since May.';
    const evs = docEvents(text).filter((e) => e.type === 'ASSAULT');
    expect(evs.map((e) => [e.source?.name, e.target?.name]), JSON.stringify(evs)).toEqual([['Chile', 'Peru']]);
  });
  it('members named after a target (", among them X", ", including X and Y") are targets too', () => {
    const targets = (text: string) => docEvents(text).filter((e) => e.type === 'SANCTION').map((e) => e.target?.name);
    expect(targets('The Ostland Treasury imposed sanctions on Tomás Ardila and nine members of his cabinet, among them Interior Minister Raúl Quintero.')).toEqual(['Tomás Ardila', 'Raúl Quintero']);
    expect(targets('Ostland sanctioned five Ruritanian officials, including Defence Minister Raúl Quintero and General Pedro Salas.')).toEqual(expect.arrayContaining(['Raúl Quintero', 'Pedro Salas']));
  });
  it('keeps only two-sided events in documents; codeText keeps one-sided ones', () => {
    const text = 'Juan Soto was arrested on Monday. Chilean students protested in Santiago on Tuesday.';
    const evs = docEvents(text);
    expect(evs.every((e) => e.source && e.target), JSON.stringify(evs)).toBe(true);
    expect(evs.some((e) => e.type === 'COERCE' || e.type === 'PROTEST')).toBe(false);
    expect(codeText('Juan Soto was arrested on Monday.').events.some((e) => e.type === 'COERCE' && e.source === null)).toBe(true);
    expect(codeText('Chilean students protested in Santiago on Tuesday.').events.some((e) => e.type === 'PROTEST')).toBe(true);
  });
  it('"they" takes a pair joined by "and", not two actors side by side', () => {
    const evs = docEvents('Iranian advisers are in Crimea assisting Russian forces as they carry out drone strikes on Ukraine.');
    const strike = evs.find((e) => e.type === 'ASSAULT');
    expect(strike?.source?.name, JSON.stringify(evs)).toBe('Russia');
  });
  it('an aid act with no recipient in its sentence takes the one the article names for that doer', () => {
    const evs = docEvents('Iran sent drones to Russia in August. Since then Iran has supplied engines and spare parts, officials said.');
    const second = evs.filter((e) => e.sentence === 1 && e.type === 'AID');
    expect(second.map((e) => `${e.source?.name} -> ${e.target?.name}`), JSON.stringify(evs)).toEqual(['Iran -> Russia']);
    // Not without an explicit pair in the article.
    expect(docEvents('Since then Iran has supplied engines and spare parts, officials said.').some((e) => e.type === 'AID')).toBe(false);
  });
  it('a threatened response with no target answers the act done to its side, or the one its doer addresses', () => {
    const answered = docEvents('Norway imposed sanctions on Chilean officers on Thursday. A Chilean spokesman, Luis Vera, said the measures were unlawful and warned that Chile would respond in kind.');
    const threat = answered.find((e) => e.type === 'THREATEN');
    expect(`${threat?.source?.name} -> ${threat?.target?.name}`, JSON.stringify(answered)).toBe('Luis Vera -> Norway');
    const addressed = docEvents('Marta Diaz urged Lima to withdraw its ships from the bay, and warned that Chile would take firm measures.');
    expect(addressed.filter((e) => e.type === 'THREATEN').map((e) => `${e.source?.name} -> ${e.target?.name}`), JSON.stringify(addressed)).toEqual(['Marta Diaz -> Peru']);
    // Nothing done to the side, nobody addressed: no target, so no event in a document.
    expect(docEvents('Luis Vera warned that Chile would respond in kind.').some((e) => e.type === 'THREATEN')).toBe(false);
  });
  it('a refusal that names no actor refuses the latest demand made of its doer', () => {
    for (const text of ['Santiago demanded that Peru withdraw its ships from the bay. Lima refused.', 'Chile repeated its demand that Peru remove the barge. Lima has refused to remove the barge.']) {
      const evs = docEvents(text);
      expect(evs.filter((e) => e.type === 'REJECT').map((e) => `${e.source?.name} -> ${e.target?.name}`), JSON.stringify(evs)).toEqual(['Peru -> Chile']);
    }
    expect(docEvents('Lima refused.')).toEqual([]);
    // The object names what is refused: an accusation, or sanctions (a state's measure, refused to the state).
    const refusals = (text: string) => docEvents(text).filter((e) => e.type === 'REJECT').map((e) => `${e.source?.name} -> ${e.target?.name}`);
    expect(refusals('Peru accused Chile of spying on its navy. Chile rejected the accusation.')).toEqual(['Chile -> Peru']);
    expect(refusals('The Norwegian Foreign Ministry on Monday imposed sanctions on Chilean Defence Minister Luis Vera. Chile rejected the sanctions on Tuesday.')).toEqual(['Chile -> Norway']);
  });
  it('talks ruled out are no consultation', () => {
    const evs = docEvents('Peru ruled out talks with Chile until the border dispute is settled.');
    expect(evs.map((e) => e.type), JSON.stringify(evs)).toEqual(['REJECT']);
  });
  it('one event per (source, target) in a sentence: a hand rule beats a derived verb in the same clause', () => {
    const evs = docEvents('Russia sent weapons and dispatched paramilitary units to help the President of Belarus, Alexander Lukashenko, stay in power.');
    const pair = evs.filter((e) => e.source?.name === 'Russia' && e.target?.name === 'Alexander Lukashenko');
    expect(pair.map((e) => e.type), JSON.stringify(evs)).toEqual(['AID']);
  });
  it('an office-holder inside an outlet report is the voice when the document names them', () => {
    const text = 'The top commander of Brazilian forces for the Amazon region says Peru is sending weapons to Ecuador, Reuters reported on Monday.\n\n"We see it every day," said General Paulo Souza, head of the Amazon command.';
    const e = docEvents(text).find((x) => x.type === 'AID');
    expect(e?.attribution?.name, JSON.stringify(e)).toBe('Paulo Souza');
  });

  it('compound actors give one event per actor; two parties agreeing give one event between them', () => {
    const { events } = codeText('Hungarian and Romanian officials threatened to close the border.');
    const sources = events.filter((e) => e.type === 'THREATEN').map((e) => e.source?.name);
    expect(sources).toEqual(expect.arrayContaining(['Hungary', 'Romania']));
    const agreed = codeText('Hungarian and Romanian officials agreed to cooperate on refugees.').events.filter((e) => e.type === 'AGREE');
    expect(agreed.map((e) => [e.source?.name, e.target?.name])).toEqual([['Hungary', 'Romania']]);
  });
  it('falls back to the publication date, and to null without one', () => {
    const text = 'Police arrested the mayor of Lima.';
    const a = analyzeText(text);
    const withDate = extractEvents({ text, ...a, published: '2022-03' }).events[0];
    expect(withDate.when).toEqual({ start: '2022-03', end: '2022-03' });
    expect(withDate.whenFrom).toBe('publication');
    const without = extractEvents({ text, ...a, published: null }).events[0];
    expect(without.when).toBeNull();
    expect(without.whenFrom).toBeNull();
  });
  it('names cited outlets', () => {
    const text = 'According to Reuters, Chinese troops attacked Indian border posts.';
    const { cited } = extractEvents({ text, ...analyzeText(text), published: null });
    expect(cited).toEqual([{ name: 'Reuters', how: 'according to', sentence: 0 }]);
  });
  it('copes with no mentions at all', () => {
    const text = 'US officials said Cuban security advisors protect the president.';
    const { sentences } = analyzeText(text);
    const { events } = extractEvents({ text, sentences, mentions: [], published: null });
    expect(events.some((e) => e.type === 'AID' && e.source?.name === 'Cuba')).toBe(true);
  });
});

describe('time expressions', () => {
  const cases: [string, string, string | null][] = [
    ['It happened on Wednesday.', '2020-12-03', '2020-12-02'],
    ['In October the army moved.', '2020-12', '2020-10'],
    ['In October the army moved.', '2021-03', '2020-10'],
    ['The raid on January 3 ended.', '2026', '2026-01-03'],
    ['Cuba has run it since 2013.', '2025-11', '2013'],
    ['The network grew in the late 2000s.', '2026', '2007'],
    ['Troops left last year.', '2020', '2019'],
    ['In February 2019, the deal closed.', '2020', '2019-02'],
  ];
  for (const [text, pub, start] of cases) {
    it(`${text} (${pub})`, () => expect(findTimes(text, pub)[0]?.span.start ?? null).toBe(start));
  }
});

describe('seeds (needs ../shared)', () => {
  it.skipIf(!existsSync(new URL('../../../shared/eval/seeds.gold.json', import.meta.url)))('scores without crashing', async () => {
    const r = await evalSeeds();
    expect(r.predicted).toBeGreaterThan(0);
  });
});

describe('rules.json', () => {
  it('gives every rule its own id (the id is what "why does Dossier say this?" shows)', async () => {
    const { readFileSync } = await import('node:fs');
    const rules = (JSON.parse(readFileSync(new URL('./data/rules.json', import.meta.url), 'utf8')) as { rules: { id: string }[] }).rules;
    const seen = new Set<string>();
    const repeated = rules.map((r) => r.id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    expect(repeated).toEqual([]);
  });
  it('names only sentence tests events.ts defines in the rules\' holds fields', async () => {
    const { readFileSync } = await import('node:fs');
    const { HOLDS_CONDITIONS } = await import('./lexicon.ts');
    const rules = (JSON.parse(readFileSync(new URL('./data/rules.json', import.meta.url), 'utf8')) as { rules: { id: string; holds?: string }[] }).rules;
    const unknown = rules.filter((r) => r.holds !== undefined && !(HOLDS_CONDITIONS as readonly string[]).includes(r.holds)).map((r) => r.id);
    expect(unknown).toEqual([]);
    // "wants Santiago to return" asks something of Santiago; "wants to join" is a wish, no request.
    expect(codeText('Lima wants Santiago to return the seized trawlers.').events.map((e) => e.rule)).toContain('request.want-someone-to');
    expect(codeText('Lima wants to join the customs union.').events.map((e) => e.rule)).not.toContain('request.want-someone-to');
  });
  it('codes nearly every rule\'s own example with that rule (or a refinement of it: "+intent", …)', async () => {
    const { readFileSync } = await import('node:fs');
    const rules = (JSON.parse(readFileSync(new URL('./data/rules.json', import.meta.url), 'utf8')) as { rules: { id: string; example: string }[] }).rules;
    // Some examples are won by a surer sibling rule, or have no actor for `dossier code` to name
    // ("A bomb wounded two soldiers."); 946 of 987 fire today. A drop says a change broke rules.
    const firing = rules.filter((r) => codeText(r.example, '2024-06-01').events.some((e) => e.rule === r.id || e.rule.startsWith(`${r.id}+`)));
    expect(firing.length / rules.length).toBeGreaterThanOrEqual(0.95);
  });
});
