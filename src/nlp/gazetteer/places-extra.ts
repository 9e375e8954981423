// Hand-written place entries that world-countries lacks: everyday aliases of countries, capital
// metonyms, major cities, US states and regions. Each entry: id, names, canonical, an example.
import type { EntityType } from '../../types.ts';

export interface PlaceEntry {
  id: string;
  type: EntityType;
  names: string[];
  /** Defaults to names[0]. */
  canonical?: string;
  example: string;
}

const alias = (canonical: string, names: string[], example: string): PlaceEntry => ({
  id: 'gazetteer:country-alias', type: 'GPE', names, canonical, example,
});
const norp = (canonical: string, names: string[], example: string): PlaceEntry => ({
  id: 'gazetteer:demonym', type: 'NORP', names, canonical, example,
});
const capital = (canonical: string, names: string[], example: string): PlaceEntry => ({
  id: 'gazetteer:capital', type: 'GPE', names, canonical, example,
});

/** Continents, hemispheres and multi-country regions: where things happen, never one actor. */
const SUPRANATIONAL_REGIONS = [
  'Middle East', 'Latin America', 'South America', 'North America', 'Central America', 'the Americas', 'Americas',
  'Caribbean', 'Europe', 'Asia', 'Africa', 'Oceania', 'Antarctica', 'Arctic', 'Western Hemisphere',
  'Southern Hemisphere', 'Northern Hemisphere', 'Eastern Europe', 'Western Europe', 'Southeast Asia',
  'Central Asia', 'East Asia', 'South Asia', 'North Africa', 'West Africa', 'East Africa', 'Sub-Saharan Africa',
  'Sahel', 'Balkans',
];

export const EXTRA_PLACES: PlaceEntry[] = [
  alias('United States', ['United States', 'U.S.', 'U.S.A.', 'US', 'USA', 'America', 'United States of America', 'the States'], 'U.S. sanctions'),
  alias('United Kingdom', ['United Kingdom', 'U.K.', 'UK', 'Britain', 'Great Britain'], 'Britain said'),
  alias('Russia', ['Russia', 'Russian Federation'], 'Russia sent advisers'),
  alias('Iran', ['Iran', 'Islamic Republic of Iran', 'Persia'], 'Iran sent weapons'),
  alias('Venezuela', ['Venezuela', 'Bolivarian Republic of Venezuela'], 'oil from Venezuela'),
  alias('North Korea', ['North Korea', 'DPRK'], 'North Korea fired'),
  alias('South Korea', ['South Korea'], 'South Korea said'),
  alias('China', ['China', "People's Republic of China", 'PRC', 'Mainland China'], 'China lent money'),
  alias('Taiwan', ['Taiwan'], 'Taiwan protested'),
  alias('Netherlands', ['Netherlands', 'Holland'], 'Holland voted'),
  alias('Czechia', ['Czech Republic'], 'the Czech Republic'),
  alias('Myanmar', ['Burma'], 'Burma junta'),
  alias('Ivory Coast', ["Côte d'Ivoire", 'Ivory Coast'], 'Ivory Coast'),
  alias('Vatican City', ['Vatican', 'Holy See'], 'the Vatican'),
  alias('Palestine', ['Palestine', 'Gaza', 'Gaza Strip', 'West Bank'], 'aid to Gaza'),
  alias('United Arab Emirates', ['UAE', 'U.A.E.', 'Emirates'], 'the UAE'),
  alias('Ukraine', ['Ukraine', 'the Ukraine'], 'Ukraine'),
  alias('Syria', ['Syria'], 'Syria'),
  alias('Turkey', ['Türkiye', 'Turkey'], 'Turkey'),
  alias('DR Congo', ['DRC', 'Democratic Republic of Congo', 'Congo'], 'eastern Congo'),
  norp('United States', ['American', 'Americans'], 'American officials'),
  norp('United Kingdom', ['British', 'Briton', 'Britons'], 'British diplomats'),
  norp('Netherlands', ['Dutch'], 'Dutch navy'),
  norp('Saudi Arabia', ['Saudi', 'Saudis'], 'Saudi officials'),
  norp('United Arab Emirates', ['Emirati', 'Emiratis'], 'Emirati investors'),
  norp('Israel', ['Israeli', 'Israelis'], 'Israeli strikes'),
  norp('Palestine', ['Palestinian', 'Palestinians'], 'Palestinian groups'),
  norp('China', ['Chinese'], 'Chinese loans'),
  norp('Philippines', ['Filipino', 'Filipinos', 'Philippine'], 'Filipino workers'),
  norp('Bosnia and Herzegovina', ['Bosnian', 'Bosnians'], 'Bosnian police'),
  norp('Nepal', ['Nepali', 'Nepalis'], 'Nepali workers'),
  norp('Kazakhstan', ['Kazakh', 'Kazakhs'], 'Kazakh officials'),
  norp('Uzbekistan', ['Uzbek', 'Uzbeks'], 'Uzbek officials'),
  norp('Kyrgyzstan', ['Kyrgyz'], 'Kyrgyz border guards'),
  norp('Tajikistan', ['Tajik', 'Tajiks'], 'Tajik border guards'),
  norp('Azerbaijan', ['Azeri', 'Azeris'], 'Azeri troops'),
  norp('Croatia', ['Croat', 'Croats'], 'Croat leaders'),
  norp('Slovenia', ['Slovenian', 'Slovenians'], 'Slovenian police'),
  norp('Ecuador', ['Ecuadorian', 'Ecuadorians'], 'Ecuadorian soldiers'),
  norp('Argentina', ['Argentinian', 'Argentinians'], 'Argentinian officials'),
  norp('Russia', ['Russian', 'Russians'], 'Russian advisers'),
  norp('France', ['French', 'Frenchman'], 'French troops'),
  norp('Spain', ['Spanish', 'Spaniard', 'Spaniards'], 'Spanish newspaper'),
  norp('Germany', ['German', 'Germans'], 'German officials'),
  norp('Ukraine', ['Ukrainian', 'Ukrainians'], 'Ukrainian drones'),
  norp('DR Congo', ['Congolese'], 'Congolese army'),
  norp('Dominican Republic', ['Dominican', 'Dominicans'], 'Dominican police'),
  { id: 'gazetteer:group', type: 'NORP', names: ['Kurd', 'Kurds', 'Kurdish'], example: 'Kurdish fighters' },
  { id: 'gazetteer:group', type: 'NORP', names: ['Arab', 'Arabs'], example: 'Arab states' },
  { id: 'gazetteer:group', type: 'NORP', names: ['Latino', 'Latinos', 'Latin American', 'Latin Americans', 'South American', 'South Americans', 'North American', 'North Americans', 'Central American', 'Central Americans'], example: 'Latin American leaders' },
  { id: 'gazetteer:group', type: 'NORP', names: ['European', 'Europeans'], example: 'European diplomats' },
  { id: 'gazetteer:group', type: 'NORP', names: ['Tuareg', 'Tuaregs', 'Pashtun', 'Pashtuns', 'Hazara', 'Hazaras', 'Uyghur', 'Uyghurs', 'Uighur', 'Uighurs', 'Rohingya', 'Fulani', 'Tigrayan', 'Tigrayans', 'Oromo', 'Tamils', 'Druze', 'Alawite', 'Alawites', 'Baloch', 'Baluch', 'Berber', 'Berbers', 'Bedouin', 'Bedouins', 'Maasai', 'Tutsi', 'Tutsis', 'Hutu', 'Hutus', 'Yazidi', 'Yazidis', 'Chechen', 'Chechens'], example: 'Tuareg rebels' },
  { id: 'gazetteer:group', type: 'NORP', names: ['Muslim', 'Muslims', 'Christian', 'Christians', 'Jewish', 'Jews', 'Catholic', 'Catholics', 'Shiite', 'Shiites', 'Sunni', 'Sunnis', 'Shia'], example: 'Shiite militias' },
  { id: 'gazetteer:group', type: 'NORP', names: ['Democrat', 'Democrats', 'Republican', 'Republicans', 'Chavista', 'Chavistas', 'Chavismo', 'Bolivarian', 'Socialist', 'Socialists', 'Communist', 'Communists'], example: 'Chavista leaders' },
  capital('United States', ['Washington', 'Washington D.C.', 'Washington, D.C.', 'Washington DC'], 'Washington imposed sanctions'),
  capital('Ukraine', ['Kyiv', 'Kiev'], 'Kyiv said'),
  capital('Israel', ['Jerusalem', 'Tel Aviv'], 'Jerusalem said'),
  capital('Syria', ['Damascus'], 'Damascus'),
  capital('Colombia', ['Bogotá', 'Bogota'], 'Bogotá'),
  { id: 'gazetteer:metonym', type: 'ORG', names: ['Kremlin'], canonical: 'Russia', example: 'the Kremlin said' },
  { id: 'gazetteer:city', type: 'GPE', example: 'flights to Maracaibo', names: [
    'New York', 'New York City', 'Los Angeles', 'Chicago', 'Houston', 'Miami', 'San Francisco', 'Boston', 'Dallas',
    'Atlanta', 'Seattle', 'Philadelphia', 'Detroit', 'Denver', 'Phoenix', 'San Diego', 'Las Vegas', 'New Orleans',
    'Doral', 'Tampa', 'Orlando', 'Toronto', 'Montreal', 'Vancouver', 'Mexico City', 'Guadalajara', 'Monterrey',
    'Tijuana', 'Maracaibo', 'Valencia', 'Barquisimeto', 'Maracay', 'Ciudad Guayana', 'Puerto Cabello', 'La Guaira',
    'Medellín', 'Medellin', 'Cali', 'Barranquilla', 'Cartagena', 'Cúcuta', 'Cucuta', 'São Paulo', 'Sao Paulo',
    'Rio de Janeiro', 'Guayaquil', 'Santa Cruz', 'Córdoba', 'Rosario', 'Barcelona', 'Seville', 'Milan', 'Naples',
    'Munich', 'Frankfurt', 'Hamburg', 'Geneva', 'Zurich', 'Marseille', 'Lyon', 'Saint Petersburg', 'St. Petersburg',
    'Istanbul', 'Dubai', 'Abu Dhabi', 'Mecca', 'Jeddah', 'Isfahan', 'Mashhad', 'Tabriz', 'Shiraz', 'Qom', 'Bandar Abbas',
    'Aleppo', 'Homs', 'Mosul', 'Basra', 'Erbil', 'Beirut', 'Kandahar', 'Karachi', 'Lahore', 'Mumbai', 'Delhi',
    'New Delhi', 'Kolkata', 'Shanghai', 'Hong Kong', 'Guangzhou', 'Shenzhen', 'Osaka', 'Sydney', 'Melbourne',
    'Lagos', 'Johannesburg', 'Cape Town', 'Alexandria', 'Benghazi', 'Odesa', 'Odessa', 'Kharkiv', 'Donetsk', 'Luhansk',
    'Mariupol', 'Sevastopol', 'Gaza City', 'Haifa', 'Rafah', 'Khan Younis',
  ] },
  { id: 'gazetteer:us-state', type: 'GPE', example: 'Florida senators', names: [
    'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
    'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
    'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
    'New Hampshire', 'New Jersey', 'New Mexico', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon',
    'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont',
    'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming', 'Zulia', 'Táchira', 'Tachira', 'Apure', 'Bolívar', 'Falcón',
  ] },
  { id: 'gazetteer:region', type: 'LOC', example: 'bodyguards from the Middle East', names: [
    ...SUPRANATIONAL_REGIONS, 'Persian Gulf', 'Gulf of Mexico', 'Strait of Hormuz', 'Red Sea', 'Black Sea',
    'Mediterranean', 'Pacific', 'Atlantic', 'Amazon', 'Andes', 'Crimea', 'Donbas', 'Golan Heights', 'Sinai',
  ] },
];

// Capitals that are also common first names or words ("Victoria", "Kingston", "Male").
export const CAPITAL_STOPLIST = new Set(['Victoria', 'Kingston', 'Hamilton', 'Douglas', 'Stanley', 'Male', 'Malé', 'Saint John\'s', 'Jamestown', 'Georgetown', 'Castries', 'Sucre', 'Praia']);

/** The supranational regions, other spellings of them, and their adjectives used for a group. */
const WORLD_REGIONS = new Set(
  [
    ...SUPRANATIONAL_REGIONS, 'the Caribbean', 'the Middle East', 'Asia-Pacific', 'Indo-Pacific', 'Global South',
    // "African leaders", "European diplomats": many countries, no one actor.
    'African', 'Africans', 'European', 'Europeans', 'Asian', 'Asians', 'West African', 'East African', 'North African',
    'Sub-Saharan', 'Middle Eastern', 'Latin American', 'Latin Americans', 'South American', 'North American',
    'Central American', 'Western', 'Westerners', 'Sahelian',
  ].map((n) => n.toLowerCase()),
);

export function isWorldRegion(name: string): boolean {
  return WORLD_REGIONS.has(name.trim().replace(/\s+/g, ' ').toLowerCase());
}
