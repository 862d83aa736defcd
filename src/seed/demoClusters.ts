import { type IndustryCode, isIndustryCode } from '../modules/registry/industries.ts';
import { isKisCode, type KisCode } from '../modules/registry/kis.ts';

// Sixty fictional clusters across all sixteen voivodeships, for the demo data set. Names, people and
// organisations are invented (every organisation's name ends in "(demo)"); the slug of each is
// "demo-" + slugify(name). Six of them were in the first demo set and keep their texts.

export interface DemoClusterFacts {
  name: string;
  voivodeship: string;
  city: string;
  coordinator: string;
  industries: IndustryCode[];
  kis: KisCode[];
  /** Other voivodeships it is active in, besides the coordinator's. */
  alsoIn: string[];
  /** "Przykładowy klaster …" + this, and the English the same way. */
  pl: string;
  en: string;
  members: number;
  founded: number;
  /** Meets the management standards: 'valid' now, or an assessment that has 'expired'. */
  standards?: 'valid' | 'expired';
  /** Not confirmed by the coordinator for over a year: shown as outdated. */
  outdated?: true;
}

// One cluster a line: name | voivodeship(+regions also active in) | city | coordinator | industries |
// KIS numbers | members | year founded | flags (standards-valid, standards-expired, outdated) |
// the Polish "Przykładowy klaster …" ending | the English "A sample cluster of …" ending.
const TABLE = `
Dolnośląski Klaster Technologii Wodorowych | 02 | Wrocław | Fundacja Wodór dla Regionu (demo) | energy chemistry | 07 | 34 | 2019 | standards-valid | producentów elektrolizerów, operatorów sieci i uczelni technicznej rozwijających wodór z odnawialnych źródeł | electrolyser makers, grid operators and a technical university developing renewable hydrogen
Sudecki Klaster Turystyki Uzdrowiskowej | 02 | Jelenia Góra | Stowarzyszenie Uzdrowiska Sudetów (demo) | tourism health |  | 22 | 2012 |  | uzdrowisk, hoteli i gmin górskich tworzących wspólną ofertę turystyki zdrowotnej | spas, hotels and mountain municipalities building a joint health-tourism offer
Legnicki Klaster Recyklingu Metali | 02+08 | Legnica | Centrum Odzysku Surowców Sp. z o.o. (demo) | metal environment mining | 10 11 | 27 | 2016 |  | hut, firm recyklingowych i laboratoriów odzyskujących metale z odpadów przemysłowych i elektroniki | smelters, recyclers and laboratories recovering metals from industrial and electronic waste
Wrocławski Klaster Oprogramowania Przemysłowego | 02 | Wrocław | Fundacja Przemysł Cyfrowy (demo) | ict machinery | 15 17 | 58 | 2014 | standards-valid | software house’ów i producentów maszyn tworzących systemy sterowania i cyfrowe bliźniaki linii produkcyjnych | software houses and machine makers building control systems and digital twins of production lines
Kujawski Klaster Tworzyw i Opakowań | 04 | Bydgoszcz | Stowarzyszenie Przetwórców Tworzyw Kujaw (demo) | chemistry | 13 11 | 45 | 2010 | standards-expired | przetwórców tworzyw sztucznych, producentów form wtryskowych i recyklerów opakowań | plastics processors, injection-mould makers and packaging recyclers
Toruński Klaster Astrofotoniki | 04 | Toruń | Fundacja Optyka Precyzyjna (demo) | electronics | 18 14 | 18 | 2018 |  | firm optycznych, obserwatoriów i uczelni rozwijających detektory i systemy optyczne | optics firms, observatories and universities developing detectors and optical systems
Klaster Nadwiślańska Żywność | 04 | Włocławek | Nadwiślańska Agencja Rolna Sp. z o.o. (demo) | food agriculture | 05 04 | 31 | 2013 | outdated | przetwórni warzyw, gospodarstw i laboratoriów jakości żywności z doliny Wisły | vegetable processors, farms and food-quality laboratories of the Vistula valley
Grudziądzki Klaster Ceramiki Budowlanej | 04 | Grudziądz | Stowarzyszenie Ceramików Pomorza (demo) | construction | 08 10 | 16 | 2011 |  | producentów cegieł, dachówek i materiałów budowlanych z lokalnych glin | makers of bricks, roof tiles and building materials from local clays
Lubelski Klaster Biotechnologii Roślin | 06 | Lublin | Fundacja Zielona Biotechnologia (demo) | biotech agriculture | 04 06 | 29 | 2012 | standards-valid | firm nasiennych, uczelni przyrodniczych i przetwórców ziół | seed companies, life-science universities and herb processors
Roztoczański Klaster Turystyki Aktywnej | 06 | Zamość | Stowarzyszenie Aktywne Roztocze (demo) | tourism |  | 24 | 2015 |  | gospodarstw agroturystycznych, wypożyczalni rowerów i kajaków oraz gmin Roztocza | farm-stay hosts, bike and canoe rentals and the municipalities of Roztocze
Nadbużański Klaster Logistyki Granicznej | 06+20 | Biała Podlaska | Terminal Wschód Sp. z o.o. (demo) | logistics | 09 | 21 | 2017 |  | operatorów terminali kolejowych, spedytorów i agencji celnych przy granicy wschodniej | rail-terminal operators, forwarders and customs agents at the eastern border
Lubuski Klaster Winiarski | 08 | Zielona Góra | Stowarzyszenie Winnice Ziemi Lubuskiej (demo) | food tourism agriculture | 05 | 26 | 2009 |  | winnic, gospodarstw enoturystycznych i uczelni badającej uprawę winorośli | vineyards, wine-tourism farms and a university researching vine growing
Nadodrzański Klaster Elektromobilności | 08 | Gorzów Wielkopolski | Fundacja Czysty Transport (demo) | automotive energy | 09 07 | 19 | 2020 |  | producentów komponentów pojazdów elektrycznych, przewoźników miejskich i szkół technicznych | electric-vehicle component makers, city transport operators and technical schools
Klaster Drzewny Ziemi Lubuskiej | 08 | Nowa Sól | Lubuska Izba Drzewna (demo) | wood | 04 | 33 | 2008 | outdated | tartaków, producentów mebli i biur projektowych z regionu leśnego | sawmills, furniture makers and design studios of a forest region
Łódzki Klaster Mody i Tekstyliów | 10 | Łódź | Stowarzyszenie Włókno Przyszłości (demo) | textiles creative | 13 | 41 | 2007 | standards-valid | producentów odzieży, projektantów i instytutów włókienniczych | clothing makers, designers and textile research institutes
Łódzki Klaster Kosmetyków Naturalnych | 10 | Łódź | Fundacja Natura i Nauka (demo) | chemistry biotech | 06 03 | 37 | 2014 |  | producentów kosmetyków, plantatorów ziół i laboratoriów dermatologicznych | cosmetics makers, herb growers and dermatology laboratories
Skierniewicki Klaster Sadowniczy | 10+14 | Skierniewice | Stowarzyszenie Sady Mazowsza i Łódzkiego (demo) | agriculture food | 04 05 | 52 | 2011 | standards-valid | sadowników, grup producenckich, chłodni i instytutu ogrodnictwa | fruit growers, producer groups, cold stores and a horticulture institute
Piotrkowski Klaster Logistyki Centralnej | 10 | Piotrków Trybunalski | Centrum Logistyczne Polska Centralna Sp. z o.o. (demo) | logistics ict | 09 | 28 | 2016 |  | centrów dystrybucyjnych przy węźle autostrad, przewoźników i firm IT dla magazynów | distribution centres at a motorway junction, carriers and warehouse-software firms
Krakowski Klaster Gier i Animacji | 12 | Kraków | Fundacja Gra w Kulturę (demo) | creative ict |  | 64 | 2013 |  | studiów gier, animacji i uczelni artystycznych wspólnie kształcących twórców | game and animation studios and art schools training creators together
Tarnowski Klaster Chemii Polimerów | 12 | Tarnów | Stowarzyszenie Polimery Południa (demo) | chemistry | 13 06 | 23 | 2010 | standards-valid | zakładów chemicznych, producentów tworzyw konstrukcyjnych i laboratoriów polimerowych | chemical plants, engineering-plastics makers and polymer laboratories
Sądecki Klaster Turystyki Górskiej | 12 | Nowy Sącz | Stowarzyszenie Beskid Gościnny (demo) | tourism food |  | 38 | 2012 | outdated | schronisk, ośrodków narciarskich, wytwórców żywności regionalnej i przewodników górskich | mountain hostels, ski resorts, regional food producers and mountain guides
Małopolski Klaster Technologii Medycznych | 12+24 | Kraków | Centrum Innowacji Medycznych Sp. z o.o. (demo) | health biotech | 01 02 | 47 | 2015 | standards-valid | producentów wyrobów medycznych, szpitali klinicznych i start-upów diagnostycznych | medical-device makers, clinical hospitals and diagnostics start-ups
Warszawski Klaster Cyberbezpieczeństwa | 14 | Warszawa | Fundacja Bezpieczna Sieć (demo) | ict | 15 | 55 | 2017 | standards-valid | firm bezpieczeństwa IT, operatorów telekomunikacyjnych i uczelni kształcących specjalistów ochrony sieci | IT-security firms, telecom operators and universities training network-security experts
Radomski Klaster Obuwniczy | 14 | Radom | Stowarzyszenie Radomskie Rzemiosło (demo) | textiles |  | 20 | 2008 | outdated | producentów obuwia, garbarni i projektantów rozwijających krótkie serie produkcji | shoemakers, tanneries and designers developing short production runs
Płocki Klaster Petrochemii i Wodoru | 14 | Płock | Fundacja Paliwa Przyszłości (demo) | chemistry energy | 07 06 | 30 | 2018 |  | zakładów petrochemicznych, firm serwisowych i politechniki pracujących nad paliwami niskoemisyjnymi | petrochemical plants, service firms and a technical university working on low-emission fuels
Mazowiecki Klaster Fintech | 14 | Warszawa | Fintech Hub Sp. z o.o. (demo) | ict business_services | 15 | 42 | 2019 |  | firm technologii finansowych, banków spółdzielczych i kancelarii regulacyjnych | financial-technology firms, cooperative banks and regulatory law firms
Siedlecki Klaster Mleczarski | 14+06 | Siedlce | Stowarzyszenie Mleczna Dolina (demo) | food agriculture | 05 | 25 | 2014 |  | spółdzielni mleczarskich, hodowców bydła i laboratoriów weterynaryjnych | dairy cooperatives, cattle breeders and veterinary laboratories
Opolski Klaster Zielonej Energii | 16 | Opole | Agencja Energii Odnawialnej Opole (demo) | energy | 07 | 32 | 2012 |  | wytwórców energii odnawialnej, gmin i instytutów badawczych | renewable-energy producers, municipalities and research institutes
Kędzierzyński Klaster Chemii Zrównoważonej | 16 | Kędzierzyn-Koźle | Fundacja Chemia Jutra (demo) | chemistry environment | 06 11 | 27 | 2013 | standards-valid | zakładów azotowych, firm recyklingowych i instytutu chemii rozwijających procesy o niskim śladzie węglowym | nitrogen plants, recyclers and a chemistry institute developing low-carbon processes
Nyski Klaster Lotnictwa Ogólnego | 16 | Nysa | Stowarzyszenie Skrzydła Nysy (demo) | aerospace |  | 15 | 2016 |  | warsztatów lotniczych, aeroklubów i szkół technicznych | aircraft workshops, flying clubs and technical schools
Podkarpacki Klaster Awioniki | 18 | Rzeszów | Fundacja Elektronika Lotnicza (demo) | aerospace electronics | 14 18 | 39 | 2011 | standards-valid | producentów elektroniki pokładowej, firm badawczych i politechniki | on-board electronics makers, test laboratories and a technical university
Mielecki Klaster Obróbki Kompozytów | 18 | Mielec | Kompozyt Park Sp. z o.o. (demo) | aerospace chemistry | 13 | 22 | 2017 |  | wytwórców elementów kompozytowych, narzędziowni i firm ze strefy ekonomicznej | composite-part makers, toolmakers and firms of the economic zone
Stalowowolski Klaster Maszyn Budowlanych | 18 | Stalowa Wola | Stowarzyszenie Maszyny z Sanu (demo) | machinery metal | 17 | 44 | 2009 | outdated | producentów maszyn, odlewni i kooperantów obróbki skrawaniem | machine makers, foundries and machining subcontractors
Krośnieński Klaster Szkła Artystycznego | 18 | Krosno | Fundacja Szklany Szlak (demo) | creative construction | 13 | 17 | 2010 |  | hut szkła, pracowni artystycznych i szkół rzemiosła | glassworks, art studios and craft schools
Podlaski Klaster Żywności Ekologicznej | 20 | Białystok | Podlaska Fundacja Rolnictwa Ekologicznego (demo) | food agriculture | 05 | 36 | 2011 |  | gospodarstw ekologicznych, przetwórni i uczelni rolniczej | organic farms, food processors and an agricultural university
Augustowski Klaster Turystyki Wodnej | 20 | Augustów | Stowarzyszenie Kanał i Jeziora (demo) | tourism |  | 19 | 2013 |  | przystani, biur turystycznych i gmin pojezierza | marinas, travel agencies and lakeland municipalities
Białostocki Klaster Medycyny Cyfrowej | 20 | Białystok | Fundacja Zdrowie Online (demo) | health ict | 02 15 | 28 | 2018 | standards-valid | szpitali, firm telemedycznych i uczelni medycznej | hospitals, telemedicine firms and a medical university
Bałtycki Klaster Technologii Morskich | 22+32+28 | Gdynia | Fundacja Morskie Innowacje (demo) | maritime logistics | 19 | 48 | 2009 | standards-valid | stoczni, portów i uczelni morskich współpracujących przy budowie statków bezemisyjnych | shipyards, ports and maritime universities working on zero-emission ships
Gdański Klaster Bursztynu i Biżuterii | 22 | Gdańsk | Stowarzyszenie Złoto Bałtyku (demo) | creative |  | 26 | 2010 | outdated | pracowni bursztyniarskich, projektantów biżuterii i muzeów | amber workshops, jewellery designers and museums
Pomorski Klaster Morskiej Energetyki Wiatrowej | 22+32 | Gdańsk | Fundacja Wiatr od Morza (demo) | energy maritime | 07 19 | 53 | 2019 | standards-valid | stoczni, firm instalacyjnych, portów i uczelni przygotowujących morskie farmy wiatrowe | shipyards, installers, ports and universities preparing offshore wind farms
Słupski Klaster Przetwórstwa Rybnego | 22 | Słupsk | Stowarzyszenie Ryba Pomorska (demo) | food maritime | 05 | 21 | 2012 |  | przetwórni ryb, armatorów i laboratoriów bezpieczeństwa żywności | fish processors, vessel owners and food-safety laboratories
Tczewski Klaster Automatyki Domowej | 22 | Tczew | Inteligentny Dom Sp. z o.o. (demo) | electronics machinery | 14 | 24 | 2016 |  | producentów sprzętu AGD, dostawców elektroniki i firm oprogramowania | home-appliance makers, electronics suppliers and software firms
Śląski Klaster Robotyki | 24 | Gliwice | Centrum Automatyki Przemysłowej Sp. z o.o. (demo) | machinery electronics | 17 | 46 | 2012 | standards-valid | integratorów robotów, zakładów produkcyjnych i politechniki | robot integrators, manufacturers and a technical university
Częstochowski Klaster Metalurgii Proszków | 24 | Częstochowa | Fundacja Metale Jutra (demo) | metal | 13 10 | 25 | 2015 |  | hut, producentów proszków metali i drukarni 3D dla przemysłu | steelworks, metal-powder makers and industrial 3D-printing shops
Bielski Klaster Motoryzacyjny Beskidy | 24+12 | Bielsko-Biała | Stowarzyszenie Motoryzacja Beskidów (demo) | automotive metal | 09 | 61 | 2008 | standards-valid | producentów części samochodowych, narzędziowni i ośrodków badań | car-part makers, toolmakers and research centres
Rybnicki Klaster Transformacji Górniczej | 24 | Rybnik | Fundacja Nowa Energia Śląska (demo) | mining energy environment | 10 11 | 29 | 2021 |  | firm rekultywujących tereny pokopalniane, wytwórców energii i samorządów | firms reclaiming former mining land, energy producers and local governments
Katowicki Klaster Usług Biznesowych | 24 | Katowice | Centrum Usług Biznesowych Śląska Sp. z o.o. (demo) | business_services ict |  | 34 | 2014 |  | centrów usług wspólnych, uczelni ekonomicznych i firm szkoleniowych | shared-service centres, business schools and training firms
Świętokrzyski Klaster Budownictwa Energooszczędnego | 26 | Kielce | Stowarzyszenie Dom Pasywny (demo) | construction energy | 08 | 35 | 2010 | standards-expired | producentów materiałów izolacyjnych, wykonawców i politechniki | insulation makers, contractors and a technical university
Klaster Kamienia Gór Świętokrzyskich | 26 | Kielce | Świętokrzyska Izba Kamieniarska (demo) | mining construction | 10 | 18 | 2012 | outdated | kamieniołomów, zakładów obróbki kamienia i projektantów | quarries, stone-working plants and designers
Ostrowiecki Klaster Odlewniczy | 26 | Ostrowiec Świętokrzyski | Fundacja Odlew (demo) | metal | 13 | 20 | 2016 |  | odlewni, modelarni i laboratoriów materiałowych | foundries, pattern shops and materials laboratories
Warmiński Klaster Meblarski | 28 | Olsztyn | Stowarzyszenie Meble Warmii (demo) | wood | 04 | 40 | 2009 |  | producentów mebli tapicerowanych, tartaków i szkół zawodowych | upholstered-furniture makers, sawmills and vocational schools
Mazurski Klaster Żeglarski | 28 | Giżycko | Fundacja Wielkie Jeziora (demo) | tourism maritime |  | 23 | 2011 |  | stoczni jachtowych, marin i szkół żeglarskich | yacht yards, marinas and sailing schools
Elbląski Klaster Energetyki Rozproszonej | 28 | Elbląg | Spółdzielnia Energia Żuław (demo) | energy | 07 | 22 | 2020 |  | producentów turbin, instalatorów fotowoltaiki i spółdzielni energetycznych | turbine makers, solar installers and energy cooperatives
Wielkopolski Klaster Logistyki | 30 | Poznań | Stowarzyszenie Logistyka Zachód (demo) | logistics | 09 | 39 | 2013 |  | operatorów logistycznych, przewoźników i uczelni ekonomicznej | logistics operators, carriers and a university of economics
Poznański Klaster Technologii Żywności | 30 | Poznań | Fundacja Żywność i Technika (demo) | food biotech | 05 04 | 50 | 2010 | standards-valid | przetwórców żywności, producentów maszyn spożywczych i uczelni przyrodniczej | food processors, food-machinery makers and a life-science university
Kaliski Klaster Lotniczych Układów Napędowych | 30 | Kalisz | Kaliskie Centrum Lotnicze Sp. z o.o. (demo) | aerospace machinery | 17 | 24 | 2015 |  | wytwórców elementów silników lotniczych i ich poddostawców | aero-engine part makers and their suppliers
Koniński Klaster Transformacji Energetycznej | 30 | Konin | Fundacja Wschód Wielkopolski (demo) | energy environment | 07 | 27 | 2021 |  | dawnej energetyki węglowej, wytwórców biogazu i gmin regionu | former coal-power firms, biogas producers and the municipalities of the region
Szczeciński Klaster Logistyki Portowej | 32 | Szczecin | Stowarzyszenie Port i Rzeka (demo) | logistics maritime | 19 09 | 37 | 2012 |  | operatorów terminali, spedytorów i armatorów żeglugi śródlądowej | terminal operators, forwarders and inland-shipping companies
Koszaliński Klaster Przetwórstwa Drewna | 32 | Koszalin | Fundacja Drewno Pomorza (demo) | wood construction | 04 08 | 22 | 2014 |  | zakładów przetwórstwa drewna, producentów domów szkieletowych i politechniki | wood processors, timber-frame house makers and a technical university
Świnoujski Klaster Uzdrowisk Nadmorskich | 32 | Świnoujście | Stowarzyszenie Zdrowie nad Morzem (demo) | tourism health |  | 18 | 2016 |  | sanatoriów, hoteli i gabinetów fizjoterapii | sanatoriums, hotels and physiotherapy practices
`;

function parse(line: string): DemoClusterFacts {
  const [name, regions, city, coordinator, industries, kis, members, founded, flags, pl, en] = line
    .split('|')
    .map((cell) => cell.trim());
  const [voivodeship = '', ...alsoIn] = (regions ?? '').split('+');
  const codes = (text: string | undefined) => (text ? text.split(' ') : []);
  const industryCodes = codes(industries);
  const kisCodes = codes(kis).map((number) => `kis-${number}`);
  if (!industryCodes.every(isIndustryCode) || !kisCodes.every(isKisCode) || !en)
    throw new Error(`Demo cluster line not understood: ${line}`);
  const flagList = codes(flags);
  return {
    name: name ?? '',
    voivodeship,
    alsoIn,
    city: city ?? '',
    coordinator: coordinator ?? '',
    industries: industryCodes,
    kis: kisCodes,
    members: Number(members),
    founded: Number(founded),
    ...(flagList.includes('standards-valid') ? { standards: 'valid' as const } : {}),
    ...(flagList.includes('standards-expired') ? { standards: 'expired' as const } : {}),
    ...(flagList.includes('outdated') ? { outdated: true as const } : {}),
    pl: pl ?? '',
    en,
  };
}

export const DEMO_CLUSTERS: readonly DemoClusterFacts[] = TABLE.trim().split('\n').map(parse);
