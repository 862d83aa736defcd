// Word lists the data generator combines into plausible, fictional Polish cluster and organisation names.

/** Voivodeships by TERYT code: the adjective a regional cluster name starts with, and a few cities. */
export const REGIONS: Record<string, { adjective: string; cities: string[] }> = {
  '02': { adjective: 'Dolnośląski', cities: ['Wrocław', 'Wałbrzych', 'Legnica', 'Jelenia Góra'] },
  '04': { adjective: 'Kujawsko-Pomorski', cities: ['Bydgoszcz', 'Toruń', 'Włocławek', 'Grudziądz'] },
  '06': { adjective: 'Lubelski', cities: ['Lublin', 'Zamość', 'Chełm', 'Biała Podlaska'] },
  '08': { adjective: 'Lubuski', cities: ['Zielona Góra', 'Gorzów Wielkopolski', 'Nowa Sól'] },
  '10': { adjective: 'Łódzki', cities: ['Łódź', 'Piotrków Trybunalski', 'Skierniewice', 'Sieradz'] },
  '12': { adjective: 'Małopolski', cities: ['Kraków', 'Tarnów', 'Nowy Sącz', 'Oświęcim'] },
  '14': { adjective: 'Mazowiecki', cities: ['Warszawa', 'Radom', 'Płock', 'Siedlce', 'Ostrołęka'] },
  '16': { adjective: 'Opolski', cities: ['Opole', 'Kędzierzyn-Koźle', 'Nysa', 'Brzeg'] },
  '18': { adjective: 'Podkarpacki', cities: ['Rzeszów', 'Przemyśl', 'Stalowa Wola', 'Krosno', 'Mielec'] },
  '20': { adjective: 'Podlaski', cities: ['Białystok', 'Suwałki', 'Łomża', 'Augustów'] },
  '22': { adjective: 'Pomorski', cities: ['Gdańsk', 'Gdynia', 'Słupsk', 'Sopot', 'Tczew'] },
  '24': { adjective: 'Śląski', cities: ['Katowice', 'Gliwice', 'Częstochowa', 'Bielsko-Biała', 'Rybnik'] },
  '26': { adjective: 'Świętokrzyski', cities: ['Kielce', 'Ostrowiec Świętokrzyski', 'Starachowice'] },
  '28': { adjective: 'Warmińsko-Mazurski', cities: ['Olsztyn', 'Elbląg', 'Ełk', 'Giżycko'] },
  '30': { adjective: 'Wielkopolski', cities: ['Poznań', 'Kalisz', 'Konin', 'Piła', 'Leszno'] },
  '32': { adjective: 'Zachodniopomorski', cities: ['Szczecin', 'Koszalin', 'Świnoujście', 'Stargard'] },
};

/** Kinds of cluster; feminine ones take the feminine adjective ("Dolnośląska Inicjatywa Klastrowa"). */
export const CLUSTER_KINDS = [
  { kind: 'Klaster', feminine: false },
  { kind: 'Klaster Innowacyjny', feminine: false },
  { kind: 'Inicjatywa Klastrowa', feminine: true },
  { kind: 'Klaster Przemysłowy', feminine: false },
];

/** "Dolnośląski" → "Dolnośląska": every regional adjective ends in -i. */
export function feminine(adjective: string): string {
  return adjective.replace(/i$/, 'a');
}

/** Sectors in the genitive, as they follow "Klaster …"; the second item is a lower-case phrase. */
export const SECTORS: [string, string][] = [
  ['Technologii Medycznych', 'technologii medycznych'],
  ['Energii Odnawialnej', 'energii odnawialnej'],
  ['Żywności Ekologicznej', 'żywności ekologicznej'],
  ['Przemysłu Meblowego', 'przemysłu meblowego'],
  ['Turystyki Zdrowotnej', 'turystyki zdrowotnej'],
  ['Technologii Informacyjnych', 'technologii informacyjnych'],
  ['Gospodarki Wodnej', 'gospodarki wodnej'],
  ['Budownictwa Pasywnego', 'budownictwa pasywnego'],
  ['Przemysłu Lotniczego', 'przemysłu lotniczego'],
  ['Motoryzacji', 'motoryzacji'],
  ['Logistyki', 'logistyki'],
  ['Chemii Przemysłowej', 'chemii przemysłowej'],
  ['Tworzyw Sztucznych', 'tworzyw sztucznych'],
  ['Obróbki Metali', 'obróbki metali'],
  ['Przemysłu Spożywczego', 'przemysłu spożywczego'],
  ['Mody i Tekstyliów', 'mody i tekstyliów'],
  ['Biotechnologii', 'biotechnologii'],
  ['Gier Komputerowych', 'gier komputerowych'],
  ['Sztucznej Inteligencji', 'sztucznej inteligencji'],
  ['Robotyki', 'robotyki'],
  ['Elektromobilności', 'elektromobilności'],
  ['Wodoru', 'technologii wodorowych'],
  ['Gospodarki Obiegu Zamkniętego', 'gospodarki obiegu zamkniętego'],
  ['Przemysłu Drzewnego', 'przemysłu drzewnego'],
  ['Szkła i Ceramiki', 'szkła i ceramiki'],
  ['Kosmetyków Naturalnych', 'kosmetyków naturalnych'],
  ['Ziół i Leków Roślinnych', 'ziół i leków roślinnych'],
  ['Technologii Morskich', 'technologii morskich'],
  ['Kolejnictwa', 'kolejnictwa'],
  ['Poligrafii', 'poligrafii'],
  ['Przemysłu Kreatywnego', 'przemysłu kreatywnego'],
  ['Usług Biznesowych', 'usług biznesowych'],
  ['Inteligentnych Miast', 'inteligentnych miast'],
  ['Agrotechniki', 'agrotechniki'],
  ['Przemysłu Mleczarskiego', 'przemysłu mleczarskiego'],
  ['Fotoniki', 'fotoniki'],
  ['Nanotechnologii', 'nanotechnologii'],
  ['Cyberbezpieczeństwa', 'cyberbezpieczeństwa'],
  ['Efektywności Energetycznej', 'efektywności energetycznej'],
  ['Aparatury Pomiarowej', 'aparatury pomiarowej'],
  ['Jachtów i Łodzi', 'budowy jachtów i łodzi'],
  ['Górnictwa', 'górnictwa'],
  ['Recyklingu', 'recyklingu'],
  ['Bursztynu', 'bursztynu'],
  ['Dziedzictwa Kulturowego', 'dziedzictwa kulturowego'],
  ['Zdrowego Starzenia', 'srebrnej gospodarki'],
  ['Druku 3D', 'druku przestrzennego'],
  ['Opakowań', 'opakowań'],
  ['Przemysłu Zbrojeniowego', 'przemysłu obronnego'],
  ['Transportu Rowerowego', 'transportu rowerowego'],
];

/** Brand names in quotation marks, for clusters without a regional adjective. */
export const BRANDS = (
  'Nowa Energia|Dolina Innowacji|Zielony Horyzont|Most|Synergia|Północ|Kuźnia|Wspólna Sprawa|' +
  'Iskra|Przystań|Ogniwo|Kompas|Źródło|Żagiel|Łącznik|Świt|Perspektywa|Orbita|Spichlerz|Wiatrak|' +
  'Jantar|Sieć Wiedzy|Kolektyw|Mozaika|Pierwszy Krok|Wzgórze|Brama Wschodu|Brama Zachodu|Pomost|' +
  'Osada|Latarnia|Ster|Ścieżka|Łuk|Rdzeń|Młyn|Warsztat|Zdrój|Klucz|Horyzont 2030'
).split('|');

export const ORGANISATION_FORMS = [
  (sector: string, city: string) => `Stowarzyszenie Klaster ${sector} ${city}`,
  (sector: string, city: string) => `Fundacja Rozwoju ${sector} „${city}”`,
  (_sector: string, city: string) => `Park Naukowo-Technologiczny ${city} Sp. z o.o.`,
  (sector: string, _city: string) => `Centrum Kompetencji ${sector} Sp. z o.o.`,
  (_sector: string, city: string) => `Agencja Rozwoju Regionalnego ${city} S.A.`,
  (sector: string, city: string) => `Izba Gospodarcza ${sector} — oddział ${city}`,
];

export const DESCRIPTION_OPENINGS = [
  'Klaster skupia przedsiębiorstwa, uczelnie i instytucje otoczenia biznesu z branży',
  'Inicjatywa łączy małe i średnie firmy, jednostki naukowe oraz samorządy działające w obszarze',
  'Członkowie klastra wspólnie rozwijają produkty i usługi w dziedzinie',
  'Celem klastra jest wzmocnienie konkurencyjności regionu w sektorze',
];

export const DESCRIPTION_ACTIVITIES = [
  'Prowadzimy wspólne projekty badawczo-rozwojowe i pomagamy członkom wejść na rynki zagraniczne.',
  'Organizujemy szkolenia, misje gospodarcze i spotkania z inwestorami.',
  'Wspieramy transfer wiedzy między nauką a biznesem oraz komercjalizację wynalazków.',
  'Dbamy o kształcenie kadr we współpracy ze szkołami branżowymi i uczelniami.',
  'Członkowie korzystają ze wspólnego laboratorium, hali prototypowej i doradztwa patentowego.',
  'Reprezentujemy branżę wobec administracji publicznej i partnerów zagranicznych.',
];
