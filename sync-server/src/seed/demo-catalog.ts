/**
 * The demo catalog of a liquor store with a bar: about 2,000 products in eight categories, made by
 * combining the producers, styles, vintages and sizes in the tables below.
 *
 * It is fully deterministic, so every demo database, screenshot and test sees the same shop:
 * - choices come from mulberry32 (Tommy Ettinger, public domain) with a fixed seed;
 * - ids are UUID v7 with a fixed timestamp and the random bits taken from a cyrb128 hash
 *   (bryc, public domain) of a stable key such as the sku, so an id never depends on draw order;
 * - barcodes are EAN-13 in GS1's 040–049 range, which is kept for numbers used inside one
 *   company, so a demo code can never be mistaken for a real product's.
 */
import { ean13CheckDigit, type Category, type Pack, type Product } from '@tillsafe/domain';
import { cyrb128Words } from '@tillsafe/sync';

export interface DemoCatalog {
  categories: Category[];
  products: Product[];
}

type Rng = () => number;
type Priced = readonly [name: string, price: number];

/** A way to sell a product before it has its id and barcode. */
interface Offer {
  name: string;
  units: number;
  price: number;
}

interface Draft {
  brand: string;
  name: string;
  volumeMl: number | null;
  offers: Offer[];
}

const SEED = 0x7111_5afe;
/** 2026-01-01T00:00:00Z as the 48-bit millisecond timestamp that opens a UUID v7. */
const ID_TIMESTAMP_HEX = (1_767_225_600_000).toString(16).padStart(12, '0');
const BARCODE_PREFIX = '04';
const INACTIVE_SHARE = 0.01;

// ---------------------------------------------------------------------------------------------
// Wine: a winery's styles with a typical 750 ml price in dollars.

interface Winery {
  name: string;
  red: readonly Priced[];
  white: readonly Priced[];
}

const WINERIES: readonly Winery[] = [
  { name: 'Bodega Alta', red: [['Rioja Crianza', 16], ['Rioja Reserva', 24], ['Rioja Gran Reserva', 38], ['Tempranillo Joven', 11]], white: [['Rioja Blanco', 13], ['Rioja Rosado', 11], ['Rioja Blanco Reserva', 22]] },
  { name: 'Viña Calera', red: [['Ribera del Duero Roble', 18], ['Ribera del Duero Reserva', 34], ['Toro Tinta de Toro', 21]], white: [['Rueda Verdejo', 12], ['Rías Baixas Albariño', 19]] },
  { name: 'Bodegas Sierra Roja', red: [['Priorat Garnacha', 36], ['Jumilla Monastrell', 12], ['Campo de Borja Garnacha', 10]], white: [['Garnacha Rosado', 11], ['Macabeo', 10]] },
  { name: 'Château Belleval', red: [['Bordeaux Supérieur', 17], ['Médoc', 24], ['Saint-Émilion Grand Cru', 45]], white: [['Bordeaux Blanc', 15], ['Bordeaux Rosé', 14], ['Entre-Deux-Mers', 13], ['Graves Blanc', 21]] },
  { name: 'Domaine Marchand', red: [['Bourgogne Pinot Noir', 28], ['Beaujolais-Villages', 15], ['Mercurey Rouge', 39]], white: [['Chablis', 29], ['Mâcon-Villages', 18], ['Bourgogne Chardonnay', 24], ['Pouilly-Fuissé', 34]] },
  { name: 'Maison Laurent', red: [['Côtes du Rhône', 13], ['Crozes-Hermitage', 26], ['Châteauneuf-du-Pape', 48], ['Languedoc Syrah', 12]], white: [['Côtes du Rhône Blanc', 14], ['Côtes de Provence Rosé', 19], ['Sancerre', 32], ['Muscadet Sèvre et Maine', 14], ['Vouvray', 21]] },
  { name: 'Tenuta Varrone', red: [['Chianti Classico', 22], ['Chianti Classico Riserva', 34], ['Rosso di Montalcino', 29], ['Toscana Rosso IGT', 45]], white: [['Vermentino di Toscana', 17], ['Toscana Rosato', 14], ['Vernaccia di San Gimignano', 18]] },
  { name: 'Cantina del Poggio', red: [["Barbera d'Asti", 18], ['Langhe Nebbiolo', 27], ["Dolcetto d'Alba", 16], ['Valpolicella Ripasso', 24]], white: [['Gavi di Gavi', 20], ['Pinot Grigio delle Venezie', 12], ['Soave Classico', 14], ['Roero Arneis', 21], ['Lugana', 19]] },
  { name: 'Fattoria Belcolle', red: [["Montepulciano d'Abruzzo", 11], ['Primitivo di Manduria', 19], ["Nero d'Avola", 13]], white: [['Falanghina', 16], ["Cerasuolo d'Abruzzo", 15], ["Trebbiano d'Abruzzo", 10]] },
  { name: 'Quinta do Rio Alto', red: [['Douro Tinto', 16], ['Douro Reserva', 28], ['Alentejo Tinto', 12]], white: [['Vinho Verde', 9], ['Douro Branco', 14], ['Vinho Verde Rosé', 10]] },
  { name: 'Weingut Sonnberg', red: [['Spätburgunder', 22], ['Blaufränkisch', 19], ['Zweigelt', 16]], white: [['Mosel Riesling Kabinett', 19], ['Riesling Spätlese', 26], ['Grüner Veltliner', 17], ['Riesling Trocken', 17], ['Grauburgunder', 18]] },
  { name: 'Redwood Ridge', red: [['Napa Valley Cabernet Sauvignon', 45], ['Sonoma Coast Pinot Noir', 32], ['Red Blend', 18]], white: [['Russian River Chardonnay', 28], ['Sauvignon Blanc', 17], ['Rosé of Pinot Noir', 19]] },
  { name: 'Coldwater Creek', red: [['Paso Robles Zinfandel', 22], ['Paso Robles Cabernet Sauvignon', 25], ['Petite Sirah', 21]], white: [['Central Coast Chardonnay', 15], ['White Zinfandel', 9], ['Viognier', 19]] },
  { name: 'Sutter Hollow', red: [['Lodi Old Vine Zinfandel', 16], ['Merlot', 13], ['Cabernet Sauvignon', 14]], white: [['Chardonnay', 12], ['Pinot Grigio', 11], ['Moscato', 10]] },
  { name: 'Cascade Bench', red: [['Columbia Valley Merlot', 19], ['Walla Walla Syrah', 32], ['Willamette Valley Pinot Noir', 36]], white: [['Willamette Valley Pinot Gris', 20], ['Columbia Valley Riesling', 14], ['Willamette Valley Chardonnay', 32], ['Dry Rosé', 18]] },
  { name: 'Kookaburra Estate', red: [['Barossa Valley Shiraz', 24], ['McLaren Vale Grenache', 22], ['Shiraz Cabernet', 12]], white: [['Clare Valley Riesling', 18], ['Adelaide Hills Chardonnay', 21], ['Hunter Valley Semillon', 19], ['Moscato', 11]] },
  { name: 'Southern Cross Vineyards', red: [['Coonawarra Cabernet Sauvignon', 26], ['GSM Blend', 17], ['Shiraz', 11]], white: [['Semillon Sauvignon Blanc', 12], ['Rosé', 11], ['Chardonnay', 11]] },
  { name: 'Altos del Viento', red: [['Mendoza Malbec', 15], ['Uco Valley Malbec Reserva', 26], ['Bonarda', 12], ['Cabernet Franc', 20]], white: [['Torrontés', 12], ['Malbec Rosé', 12]] },
  { name: 'Viña Los Andes', red: [['Maipo Cabernet Sauvignon', 14], ['Colchagua Carmenère', 15], ['Pinot Noir', 12]], white: [['Casablanca Sauvignon Blanc', 12], ['Chardonnay', 10], ['Rosé', 10]] },
  { name: 'Kowhai Bay', red: [['Central Otago Pinot Noir', 38], ["Hawke's Bay Syrah", 27]], white: [['Marlborough Sauvignon Blanc', 17], ['Marlborough Pinot Gris', 19], ['Rosé', 16]] },
  { name: 'Swartberg Estate', red: [['Stellenbosch Pinotage', 16], ['Cabernet Sauvignon', 18], ['Cape Red Blend', 13]], white: [['Chenin Blanc', 12], ['Sauvignon Blanc', 13], ['Rosé', 12]] },
];

/** Sparkling styles; `true` when the style carries a vintage. */
const SPARKLING_HOUSES: readonly { name: string; styles: readonly (readonly [string, number, boolean])[] }[] = [
  { name: 'Maison Duclair', styles: [['Champagne Brut', 42, false], ['Champagne Brut Rosé', 49, false], ['Champagne Blanc de Blancs', 49, true], ['Champagne Extra Brut', 46, false]] },
  { name: 'Veuve Armand', styles: [['Champagne Brut Réserve', 45, false], ['Champagne Demi-Sec', 44, false], ['Champagne Brut Millésimé', 49, true]] },
  { name: 'Casa Brina', styles: [['Prosecco DOC Extra Dry', 14, false], ['Prosecco Superiore Brut', 19, false], ['Prosecco Rosé Brut', 16, true], ['Prosecco Superiore Millesimato', 21, true]] },
  { name: 'Cantina del Poggio', styles: [["Moscato d'Asti", 15, true], ['Asti Spumante', 13, false], ['Lambrusco Grasparossa', 14, false], ['Franciacorta Brut', 34, false]] },
  { name: 'Cavas Serrat', styles: [['Cava Brut', 11, false], ['Cava Brut Rosado', 13, false], ['Cava Brut Nature Reserva', 17, true], ['Cava Gran Reserva', 28, true]] },
  { name: 'Domaine Marchand', styles: [['Crémant de Bourgogne Brut', 23, false], ['Crémant de Bourgogne Rosé', 25, false]] },
  { name: 'Maison Laurent', styles: [['Crémant de Loire Brut', 20, false], ['Vouvray Pétillant', 22, true]] },
  { name: 'Redwood Ridge', styles: [['Sparkling Brut', 26, false], ['Blanc de Noirs', 32, true]] },
  { name: 'Kookaburra Estate', styles: [['Sparkling Shiraz', 22, false], ['Sparkling Moscato', 11, false], ['Brut Cuvée', 15, false]] },
  { name: 'Weingut Sonnberg', styles: [['Riesling Sekt Brut', 18, true], ['Sekt Rosé', 16, false]] },
  { name: 'Swartberg Estate', styles: [['Cap Classique Brut', 20, true]] },
  { name: 'Kowhai Bay', styles: [['Méthode Traditionnelle Brut', 27, true]] },
];

const WINE_SIZES: readonly (readonly [number, number])[] = [[750, 0.8], [1500, 0.08], [375, 0.12]];

function redWine(rng: Rng): Draft {
  const winery = pick(rng, WINERIES);
  return wine(rng, winery.name, pick(rng, winery.red), 2014 + int(rng, 9));
}

function whiteAndRose(rng: Rng): Draft {
  const winery = pick(rng, WINERIES);
  return wine(rng, winery.name, pick(rng, winery.white), 2017 + int(rng, 7));
}

function sparkling(rng: Rng): Draft {
  const house = pick(rng, SPARKLING_HOUSES);
  const [style, dollars, dated] = pick(rng, house.styles);
  return wine(rng, house.name, [style, dollars], dated ? 2012 + int(rng, 9) : null);
}

/** Older vintages cost a little more; magnums about twice a bottle, halves a little over half. */
function wine(rng: Rng, brand: string, [style, dollars]: Priced, vintage: number | null): Draft {
  const ml = weighted(rng, WINE_SIZES);
  const age = vintage === null ? 0 : 2023 - vintage;
  const bottle = clamp(shelfPrice(dollars * 100 * between(rng, 0.9, 1.12) * (1 + 0.02 * age)), 899, 4999);
  const price = ml === 750 ? bottle : shelfPrice(bottle * (ml === 1500 ? 2.1 : 0.55));
  const caseUnits = ml === 1500 || (ml === 750 && rng() < 0.2) ? 6 : 12;
  const discountPct = 8 + int(rng, 5);
  return {
    brand,
    name: [brand, style, vintage, formatSize(ml, 'ml')].filter((part) => part !== null).join(' '),
    volumeMl: ml,
    offers: [
      { name: 'Bottle', units: 1, price },
      // A straight percentage off the case, to the cent, as shops advertise it.
      { name: `Case of ${caseUnits}`, units: caseUnits, price: Math.round((price * caseUnits * (100 - discountPct)) / 100) },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Beer and cider: a style's price is for one 355 ml bottle or can.

const BEER_STYLES = {
  Lager: 229, 'Light Lager': 199, Pilsner: 249, Helles: 259, Kölsch: 269, 'Blonde Ale': 249, 'Pale Ale': 279,
  IPA: 299, 'Session IPA': 279, 'Hazy IPA': 349, 'Double IPA': 379, 'Amber Ale': 269, 'Brown Ale': 269,
  Porter: 299, Stout: 299, 'Oatmeal Stout': 319, 'Wheat Ale': 259, Hefeweizen: 279, Dunkel: 279, Märzen: 279,
  Bock: 299, Saison: 329, Sour: 349, Radler: 229,
  'Dry Cider': 269, 'Original Cider': 249, 'Rosé Cider': 289, 'Pear Cider': 279, 'Cherry Cider': 289,
  'Ginger Cider': 289, 'Farmhouse Cider': 319, Perry: 299,
} as const;
type BeerStyle = keyof typeof BEER_STYLES;

const BREWERIES: readonly { short: string; brand: string; styles: readonly BeerStyle[] }[] = [
  { short: 'Harbour', brand: 'Harbour Brewing Co.', styles: ['Lager', 'Light Lager', 'Pale Ale', 'IPA', 'Stout', 'Amber Ale'] },
  { short: 'Iron Bridge', brand: 'Iron Bridge Brewery', styles: ['Pilsner', 'IPA', 'Double IPA', 'Porter', 'Brown Ale', 'Blonde Ale'] },
  { short: 'Copper Kettle', brand: 'Copper Kettle Brewing', styles: ['Amber Ale', 'Pale Ale', 'Hazy IPA', 'Oatmeal Stout', 'Kölsch', 'Saison'] },
  { short: 'Northgate', brand: 'Northgate Brewery', styles: ['Lager', 'Pilsner', 'Session IPA', 'Porter', 'Wheat Ale'] },
  { short: 'Red Fox', brand: 'Red Fox Ales', styles: ['Amber Ale', 'Brown Ale', 'IPA', 'Stout', 'Blonde Ale', 'Sour'] },
  { short: 'Old Mill', brand: 'Old Mill Brewery', styles: ['Lager', 'Light Lager', 'Pilsner', 'Wheat Ale', 'Radler'] },
  { short: 'Stonecutter', brand: 'Stonecutter Beer Co.', styles: ['Hazy IPA', 'Double IPA', 'IPA', 'Pale Ale', 'Sour', 'Stout'] },
  { short: 'Blue Heron', brand: 'Blue Heron Brewing', styles: ['Session IPA', 'Pale Ale', 'Kölsch', 'Wheat Ale', 'Saison', 'Porter'] },
  { short: 'Timberline', brand: 'Timberline Brewing', styles: ['IPA', 'Double IPA', 'Amber Ale', 'Oatmeal Stout', 'Lager'] },
  { short: 'Saltmarsh', brand: 'Saltmarsh Brewing', styles: ['Sour', 'Saison', 'Hazy IPA', 'Pilsner', 'Porter'] },
  { short: 'Lighthouse', brand: 'Lighthouse Brewery', styles: ['Lager', 'Blonde Ale', 'IPA', 'Stout', 'Brown Ale', 'Session IPA'] },
  { short: 'Black Pine', brand: 'Black Pine Brewing', styles: ['Porter', 'Stout', 'Oatmeal Stout', 'Brown Ale', 'IPA'] },
  { short: 'Granite Peak', brand: 'Granite Peak Brewing', styles: ['Pilsner', 'Hazy IPA', 'Double IPA', 'Amber Ale', 'Lager'] },
  { short: 'River Otter', brand: 'River Otter Ales', styles: ['Pale Ale', 'Wheat Ale', 'Kölsch', 'Session IPA', 'Sour', 'Blonde Ale'] },
  { short: 'Brass Anchor', brand: 'Brass Anchor Brewing', styles: ['Lager', 'IPA', 'Porter', 'Amber Ale', 'Hazy IPA'] },
  { short: 'Kaltenbach', brand: 'Brauerei Kaltenbach', styles: ['Helles', 'Pilsner', 'Hefeweizen', 'Dunkel', 'Märzen', 'Bock', 'Radler'] },
  { short: 'Wild Acre', brand: 'Wild Acre Farmhouse Brewery', styles: ['Saison', 'Sour', 'Wheat Ale', 'Pale Ale', 'Blonde Ale'] },
  { short: 'Hopscotch', brand: 'Hopscotch Brewing', styles: ['IPA', 'Hazy IPA', 'Double IPA', 'Session IPA', 'Pale Ale'] },
  { short: 'Coastal Fog', brand: 'Coastal Fog Brewery', styles: ['Lager', 'Pilsner', 'Hazy IPA', 'Stout', 'Amber Ale'] },
  { short: 'Prairie Gold', brand: 'Prairie Gold Brewing', styles: ['Light Lager', 'Lager', 'Wheat Ale', 'Blonde Ale', 'Amber Ale', 'Radler'] },
  { short: 'Summit Ridge', brand: 'Summit Ridge Brewing', styles: ['IPA', 'Porter', 'Brown Ale', 'Oatmeal Stout', 'Pale Ale'] },
  { short: 'Stará Brána', brand: 'Pivovar Stará Brána', styles: ['Pilsner', 'Lager', 'Dunkel', 'Bock'] },
  { short: 'Applecross', brand: 'Applecross Cider Co.', styles: ['Dry Cider', 'Original Cider', 'Rosé Cider', 'Pear Cider', 'Cherry Cider'] },
  { short: 'Orchard Lane', brand: 'Orchard Lane Cidery', styles: ['Original Cider', 'Dry Cider', 'Ginger Cider', 'Rosé Cider'] },
  { short: 'Three Hares', brand: 'Three Hares Cider', styles: ['Farmhouse Cider', 'Dry Cider', 'Perry', 'Pear Cider'] },
];

const BEER_CONTAINERS: readonly (readonly [readonly [number, 'Bottle' | 'Can'], number])[] = [
  [[330, 'Bottle'], 0.3], [[355, 'Bottle'], 0.2], [[355, 'Can'], 0.25], [[440, 'Can'], 0.15], [[500, 'Can'], 0.1],
];

function beerAndCider(rng: Rng): Draft {
  const brewery = pick(rng, BREWERIES);
  const style = pick(rng, brewery.styles);
  const [ml, container] = weighted(rng, BEER_CONTAINERS);
  const single = clamp(shelfPrice(BEER_STYLES[style] * (ml / 355) ** 0.8 * between(rng, 0.92, 1.08)), 199, 399);
  return {
    brand: brewery.brand,
    name: `${brewery.short} ${style} ${formatSize(ml, 'ml')}${container === 'Can' ? ' Can' : ''}`,
    volumeMl: ml,
    offers: [
      { name: container, units: 1, price: single },
      { name: '6-pack', units: 6, price: shelfPrice(single * 6 * between(rng, 0.84, 0.9)) },
      { name: 'Case of 24', units: 24, price: shelfPrice(single * 24 * between(rng, 0.76, 0.82)) },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Spirits and liqueurs: an expression's price is for 750 ml.

const SPIRIT_BRANDS: readonly { name: string; expressions: readonly Priced[] }[] = [
  { name: 'Glenbrae', expressions: [['10 Year Single Malt', 45], ['12 Year Single Malt', 55], ['15 Year Single Malt', 72], ['18 Year Single Malt', 89], ['Sherry Cask Single Malt', 62]] },
  { name: 'Ardmuir', expressions: [['10 Year Peated Single Malt', 52], ['Quarter Cask Single Malt', 58], ['16 Year Single Malt', 78], ['Cask Strength Single Malt', 85]] },
  { name: 'Strathcorrie', expressions: [['12 Year Single Malt', 49], ['Double Cask Single Malt', 56], ['14 Year Port Finish Single Malt', 68]] },
  { name: 'Royal Thistle', expressions: [['Blended Scotch', 24], ['12 Year Blended Scotch', 36], ['Reserve Blended Scotch', 42]] },
  { name: 'Old Harlan', expressions: [['Kentucky Straight Bourbon', 28], ['Small Batch Bourbon', 38], ['Single Barrel Bourbon', 52], ['Straight Rye Whiskey', 34]] },
  { name: 'Copper Still', expressions: [['Bourbon', 24], ['Bottled-in-Bond Bourbon', 32], ['Wheated Bourbon', 36], ['8 Year Bourbon', 44]] },
  { name: 'Bluegrass Reserve', expressions: [['Straight Bourbon', 30], ['Cask Strength Bourbon', 62], ['Rye Whiskey', 29]] },
  { name: 'Shannon Bridge', expressions: [['Irish Whiskey', 26], ['Single Pot Still Irish Whiskey', 48], ['12 Year Irish Whiskey', 45], ['Black Barrel Irish Whiskey', 34]] },
  { name: 'Hoshizora', expressions: [['Blended Japanese Whisky', 45], ['Single Malt Japanese Whisky', 79], ['Pure Malt Japanese Whisky', 62]] },
  { name: 'Dunkeld', expressions: [['Highland Single Malt', 39], ['14 Year Highland Single Malt', 59], ['Oloroso Cask Single Malt', 69]] },
  { name: 'Kilbrannan', expressions: [['Islay Single Malt', 54], ['8 Year Islay Single Malt', 49], ['Cask Strength Islay Single Malt', 88]] },
  { name: 'Whiskey Row', expressions: [['Straight Bourbon', 26], ['High Rye Bourbon', 32], ['Toasted Barrel Bourbon', 48]] },
  { name: 'Ten Mile Creek', expressions: [['Tennessee Whiskey', 25], ['Single Barrel Tennessee Whiskey', 49], ['Honey Tennessee Whiskey', 25]] },
  { name: 'Kilcarra', expressions: [['Blended Irish Whiskey', 24], ['Triple Distilled Irish Whiskey', 29], ['10 Year Single Malt Irish Whiskey', 48]] },
  { name: 'Maple Ridge', expressions: [['Canadian Whisky', 21], ['Canadian Rye Whisky', 25], ['Maple Finish Canadian Whisky', 27]] },
  { name: 'Nordlys', expressions: [['Vodka', 22], ['Citrus Vodka', 23], ['Vanilla Vodka', 23]] },
  { name: 'Frostline', expressions: [['Vodka', 20], ['Premium Wheat Vodka', 29], ['Pepper Vodka', 24]] },
  { name: 'Volga Star', expressions: [['Vodka', 21], ['Reserve Vodka', 34]] },
  { name: 'Polar Crest', expressions: [['Vodka', 20], ['Raspberry Vodka', 21], ['Cucumber Vodka', 21]] },
  { name: 'Blue Fjord', expressions: [['Vodka', 27], ['Potato Vodka', 32]] },
  { name: 'Foxglove', expressions: [['London Dry Gin', 30], ['Navy Strength Gin', 38], ['Pink Gin', 29]] },
  { name: 'Hedgerow', expressions: [['Botanical Gin', 34], ['Old Tom Gin', 32], ['Citrus Gin', 31]] },
  { name: 'Kingsbury', expressions: [['London Dry Gin', 24], ['Export Strength Gin', 28]] },
  { name: 'Ramsgate', expressions: [['Dry Gin', 22], ['Rhubarb Gin', 26]] },
  { name: 'Juniper & Co', expressions: [['Small Batch Gin', 36], ['Barrel Aged Gin', 44], ['Mediterranean Gin', 38]] },
  { name: 'Isla Dorada', expressions: [['White Rum', 21], ['Gold Rum', 23], ['8 Year Rum', 38], ['12 Year Rum', 52]] },
  { name: 'Blackwater Bay', expressions: [['Spiced Rum', 24], ['Dark Rum', 25], ['Overproof Rum', 29]] },
  { name: 'Captain Marlow', expressions: [['Spiced Rum', 22], ['Black Spiced Rum', 24], ['Silver Rum', 18]] },
  { name: 'Cane Island', expressions: [['Agricole Blanc Rum', 36], ['Agricole Vieux Rum', 58], ['15 Year Demerara Rum', 69]] },
  { name: 'Sol de Jalisco', expressions: [['Blanco Tequila', 36], ['Reposado Tequila', 42], ['Añejo Tequila', 55], ['Extra Añejo Tequila', 89]] },
  { name: 'Casa Cielo', expressions: [['Blanco Tequila', 32], ['Reposado Tequila', 38], ['Cristalino Tequila', 59]] },
  { name: 'Agave Real', expressions: [['Blanco Tequila', 28], ['Reposado Tequila', 32], ['Añejo Tequila', 44]] },
  { name: 'Piedra Negra', expressions: [['Mezcal Espadín', 42], ['Mezcal Tobalá', 85], ['Mezcal Joven', 45]] },
  { name: 'Maison Verlac', expressions: [['VS Cognac', 38], ['VSOP Cognac', 55], ['XO Cognac', 89]] },
  { name: 'Château Morvan', expressions: [['VS Cognac', 35], ['VSOP Cognac', 52], ['Napoléon Cognac', 75]] },
  { name: 'Sierra Dorada', expressions: [['Brandy de Jerez Solera', 29], ['Brandy de Jerez Gran Reserva', 49]] },
  { name: 'Coastline', expressions: [['California Brandy', 20], ['VSOP Brandy', 28]] },
  { name: "Domaine d'Auberive", expressions: [["Calvados Pays d'Auge", 48], ['Armagnac VSOP', 58]] },
  { name: 'Valle Sur', expressions: [['Pisco Quebranta', 28], ['Pisco Acholado', 32]] },
  { name: 'Castel Vecchio', expressions: [['Grappa', 35], ['Grappa Riserva', 49]] },
];

const LIQUEUR_BRANDS: readonly { name: string; expressions: readonly Priced[] }[] = [
  { name: 'Bellavista', expressions: [['Amaretto', 24], ['Limoncello', 22], ['Sambuca', 23], ['Hazelnut Liqueur', 26]] },
  { name: 'Café Oscuro', expressions: [['Coffee Liqueur', 23], ['Espresso Liqueur', 27]] },
  { name: 'Dunmore', expressions: [['Irish Cream', 25], ['Salted Caramel Irish Cream', 25]] },
  { name: 'Maison Rivière', expressions: [['Triple Sec', 16], ['Dry Curaçao', 24], ['Crème de Cassis', 19], ['Crème de Menthe', 17], ['Crème de Cacao', 17], ['Crème de Violette', 28], ['Elderflower Liqueur', 32], ['Black Raspberry Liqueur', 30]] },
  { name: 'Alpenkraut', expressions: [['Herbal Liqueur', 27], ['Bitter Aperitivo', 26], ['Amaro', 32], ['Fernet', 29]] },
  { name: 'Kingsbury', expressions: [['Sloe Gin', 26]] },
  { name: 'Orchard Hollow', expressions: [['Peach Schnapps', 14], ['Butterscotch Schnapps', 14], ['Sour Apple Schnapps', 14], ['Peppermint Schnapps', 15], ['Cinnamon Schnapps', 15]] },
  { name: 'Marasca Bay', expressions: [['Maraschino Liqueur', 34], ['Cherry Liqueur', 25]] },
  { name: 'Tropica', expressions: [['Coconut Rum Liqueur', 18], ['Melon Liqueur', 19], ['Banana Liqueur', 16], ['Blue Curaçao', 16]] },
  { name: "Domaine d'Auberive", expressions: [['Orange Cognac Liqueur', 42]] },
  { name: 'Torino Reale', expressions: [['Rosso Vermouth', 18], ['Dry Vermouth', 18], ['Bianco Vermouth', 18]] },
];

const SPIRIT_SIZES: readonly (readonly [number, number])[] = [[750, 0.45], [1000, 0.2], [700, 0.15], [200, 0.2]];
const LIQUEUR_SIZES: readonly (readonly [number, number])[] = [[750, 0.45], [1000, 0.1], [700, 0.15], [375, 0.15], [200, 0.15]];
const SIZE_PRICE_FACTOR: Readonly<Record<number, number>> = { 200: 0.36, 375: 0.58, 700: 0.95, 750: 1, 1000: 1.25 };

function spirits(rng: Rng): Draft {
  return bottled(rng, pick(rng, SPIRIT_BRANDS), SPIRIT_SIZES, [1999, 8999]);
}

function liqueurs(rng: Rng): Draft {
  return bottled(rng, pick(rng, LIQUEUR_BRANDS), LIQUEUR_SIZES, [1299, 4999]);
}

/** Sold by the bottle only; the range bounds bottles of 700 ml and more, smaller ones follow. */
function bottled(rng: Rng, brand: { name: string; expressions: readonly Priced[] }, sizes: readonly (readonly [number, number])[], [low, high]: readonly [number, number]): Draft {
  const [expression, dollars] = pick(rng, brand.expressions);
  const ml = weighted(rng, sizes);
  const standard = dollars * 100 * between(rng, 0.92, 1.1);
  const factor = SIZE_PRICE_FACTOR[ml] ?? ml / 750;
  const price = clamp(shelfPrice(standard * factor), ml >= 700 ? low : 599, high);
  return {
    brand: brand.name,
    name: `${brand.name} ${expression} ${formatSize(ml, 'ml')}`,
    volumeMl: ml,
    offers: [{ name: 'Bottle', units: 1, price }],
  };
}

// ---------------------------------------------------------------------------------------------
// Mixers and snacks: product lines whose price is for the smallest size; bigger sizes cost less
// per millilitre or gram. The shop's own label carries every item of its lines in every size
// (the bar pours the house tonic) and leaves its name off the product.

type Size = readonly [amount: number, container: string];

interface Line {
  brands: readonly string[];
  house: boolean;
  items: readonly Priced[];
  sizes: readonly Size[];
}

const HOUSE_BRAND = 'Cellar House';

const MIXER_LINES: readonly Line[] = [
  { brands: ['Bramblewood', 'Fizzwell', 'Crown & Quill'], house: true, items: [['Tonic Water', 149], ['Light Tonic Water', 149], ['Elderflower Tonic Water', 169], ['Mediterranean Tonic Water', 169], ['Ginger Beer', 169], ['Ginger Ale', 149], ['Club Soda', 119], ['Bitter Lemon', 159], ['Sparkling Lemonade', 159], ['Pink Grapefruit Soda', 169]], sizes: [[200, 'Bottle'], [500, 'Bottle'], [1000, 'Bottle']] },
  { brands: ['Sparkbrook', 'Zippa'], house: false, items: [['Cola', 129], ['Diet Cola', 129], ['Lemon-Lime Soda', 129], ['Orange Soda', 129], ['Root Beer', 139], ['Cream Soda', 139]], sizes: [[355, 'Can'], [500, 'Bottle'], [2000, 'Bottle']] },
  { brands: ['Greenleaf', 'Sunvale'], house: false, items: [['Cranberry Juice Cocktail', 179], ['Orange Juice', 199], ['Pineapple Juice', 179], ['Tomato Juice', 179], ['Grapefruit Juice', 199], ['Apple Juice', 169]], sizes: [[250, 'Bottle'], [1000, 'Bottle']] },
  { brands: ["Barkeep's"], house: false, items: [['Grenadine', 249], ['Simple Syrup', 229], ['Lime Cordial', 249], ['Sweet & Sour Mix', 229], ['Bloody Mary Mix', 299], ['Margarita Mix', 269]], sizes: [[375, 'Bottle'], [1000, 'Bottle']] },
  { brands: ['Clearwater Springs', 'Alpenquell'], house: false, items: [['Sparkling Mineral Water', 119], ['Still Spring Water', 99], ['Lemon Sparkling Water', 129]], sizes: [[500, 'Bottle'], [1000, 'Bottle'], [1500, 'Bottle']] },
  { brands: ['Volt'], house: false, items: [['Energy Drink', 199], ['Sugar-Free Energy Drink', 199], ['Tropical Energy Drink', 219]], sizes: [[250, 'Can'], [355, 'Can'], [500, 'Can']] },
];

const SNACK_LINES: readonly Line[] = [
  { brands: ['Golden Crisp', 'Hillside Kettle', 'Salt & Barrel'], house: false, items: [['Sea Salt Potato Chips', 149], ['Salt & Vinegar Chips', 149], ['Sour Cream & Onion Chips', 149], ['BBQ Chips', 149], ['Jalapeño Chips', 169], ['Truffle Chips', 199]], sizes: [[40, 'Bag'], [150, 'Bag'], [220, 'Bag']] },
  { brands: ['Nutty Nook'], house: true, items: [['Salted Peanuts', 149], ['Honey Roasted Peanuts', 159], ['Mixed Nuts', 249], ['Roasted Cashews', 279], ['Pistachios', 279], ['Smoked Almonds', 259], ['Trail Mix', 229], ['Wasabi Peas', 199]], sizes: [[50, 'Bag'], [100, 'Bag'], [200, 'Bag']] },
  { brands: ['Twist & Co'], house: false, items: [['Pretzel Twists', 149], ['Pretzel Rods', 149], ['Cheese Crackers', 179], ['Rice Crackers', 199], ['Breadsticks', 199]], sizes: [[50, 'Bag'], [150, 'Bag']] },
  { brands: ['Ranch Hand'], house: false, items: [['Original Beef Jerky', 299], ['Teriyaki Beef Jerky', 299], ['Peppered Beef Jerky', 299]], sizes: [[25, 'Pack'], [50, 'Pack']] },
  { brands: ['Sweet Tooth'], house: false, items: [['Gummy Bears', 149], ['Sour Worms', 149], ['Milk Chocolate Bar', 179], ['Dark Chocolate Bar', 199], ['Peppermints', 149]], sizes: [[45, 'Pack'], [100, 'Pack']] },
  { brands: ['Pop Shack'], house: false, items: [['Sea Salt Popcorn', 179], ['Sweet & Salty Popcorn', 179], ['Cheddar Popcorn', 199]], sizes: [[30, 'Bag'], [100, 'Bag']] },
];

function mixers(rng: Rng): Draft {
  const line = pick(rng, MIXER_LINES);
  return mixer(rng, line, pick(rng, line.brands), pick(rng, line.items), pick(rng, line.sizes));
}

function houseMixers(rng: Rng): Draft[] {
  return houseCombinations(MIXER_LINES).map(([line, item, size]) => mixer(rng, line, HOUSE_BRAND, item, size));
}

function mixer(rng: Rng, line: Line, brand: string, item: Priced, size: Size): Draft {
  const draft = fromLine(rng, line, brand, item, size, 'ml', [99, 599]);
  const single = draft.offers[0]!;
  draft.offers.push({ name: '12-pack', units: 12, price: shelfPrice(single.price * 12 * between(rng, 0.8, 0.88)) });
  return draft;
}

function snacks(rng: Rng): Draft {
  const line = pick(rng, SNACK_LINES);
  return snack(rng, line, pick(rng, line.brands), pick(rng, line.items), pick(rng, line.sizes));
}

function houseSnacks(rng: Rng): Draft[] {
  return houseCombinations(SNACK_LINES).map(([line, item, size]) => snack(rng, line, HOUSE_BRAND, item, size));
}

function snack(rng: Rng, line: Line, brand: string, item: Priced, size: Size): Draft {
  return { ...fromLine(rng, line, brand, item, size, 'g', [149, 499]), volumeMl: null };
}

function houseCombinations(lines: readonly Line[]): (readonly [Line, Priced, Size])[] {
  return lines.filter((line) => line.house).flatMap((line) => line.items.flatMap((item) => line.sizes.map((size) => [line, item, size] as const)));
}

function fromLine(rng: Rng, line: Line, brand: string, [item, cents]: Priced, [amount, container]: Size, unit: 'ml' | 'g', [low, high]: readonly [number, number]): Draft {
  const smallest = line.sizes[0]![0];
  const price = clamp(shelfPrice(cents * (amount / smallest) ** 0.6 * between(rng, 0.95, 1.05)), low, high);
  return {
    brand,
    name: `${brand === HOUSE_BRAND ? '' : `${brand} `}${item} ${formatSize(amount, unit)}`,
    volumeMl: amount,
    offers: [{ name: container, units: 1, price }],
  };
}

// ---------------------------------------------------------------------------------------------

const CATEGORY_PLANS = [
  { name: 'Red Wine', color: '#8e2c48', skuPrefix: 'RW', count: 500, alcohol: true, draw: redWine, houseRange: none },
  { name: 'White & Rosé', color: '#e29587', skuPrefix: 'WR', count: 400, alcohol: true, draw: whiteAndRose, houseRange: none },
  { name: 'Sparkling', color: '#d4af37', skuPrefix: 'SP', count: 140, alcohol: true, draw: sparkling, houseRange: none },
  { name: 'Beer & Cider', color: '#e08e2b', skuPrefix: 'BC', count: 380, alcohol: true, draw: beerAndCider, houseRange: none },
  { name: 'Spirits', color: '#8b5a2b', skuPrefix: 'SS', count: 280, alcohol: true, draw: spirits, houseRange: none },
  { name: 'Liqueurs', color: '#7b4fa0', skuPrefix: 'LQ', count: 110, alcohol: true, draw: liqueurs, houseRange: none },
  { name: 'Mixers & Soft Drinks', color: '#2a9d8f', skuPrefix: 'MX', count: 100, alcohol: false, draw: mixers, houseRange: houseMixers },
  { name: 'Snacks', color: '#6a994e', skuPrefix: 'SN', count: 90, alcohol: false, draw: snacks, houseRange: houseSnacks },
] as const;

function none(): Draft[] {
  return [];
}

export function buildDemoCatalog(): DemoCatalog {
  const rng = mulberry32(SEED);
  const takenNames = new Set<string>();
  let barcodeCounter = 0;
  const nextBarcode = (): string => {
    barcodeCounter += 1;
    const first12 = BARCODE_PREFIX + String(barcodeCounter).padStart(12 - BARCODE_PREFIX.length, '0');
    return first12 + String(ean13CheckDigit(first12));
  };

  const categories: Category[] = [];
  const products: Product[] = [];
  CATEGORY_PLANS.forEach((plan, index) => {
    const category: Category = { id: stableUuid(`category:${plan.skuPrefix}`), name: plan.name, sort: (index + 1) * 10, color: plan.color };
    categories.push(category);
    const drafts = plan.houseRange(rng);
    for (const draft of drafts) claimName(takenNames, draft.name);
    while (drafts.length < plan.count) drafts.push(drawUnique(rng, plan.draw, takenNames));
    drafts.forEach((draft, n) => {
      const sku = `${plan.skuPrefix}-${String(n + 1).padStart(5, '0')}`;
      const packs: Pack[] = draft.offers.map((offer) => ({
        id: stableUuid(`pack:${sku}:${offer.name}`),
        name: offer.name,
        units: offer.units,
        price: offer.price,
        barcodes: [nextBarcode()],
      }));
      products.push({
        id: stableUuid(`product:${sku}`),
        sku,
        name: draft.name,
        brand: draft.brand,
        categoryId: category.id,
        volumeMl: draft.volumeMl,
        ageRestricted: plan.alcohol,
        taxRateBp: plan.alcohol ? 1000 : 500,
        active: rng() >= INACTIVE_SHARE,
        packs,
      });
    });
  });
  return { categories, products };
}

/** Draws until a name is new; the tables hold well over the number of combinations drawn. */
function drawUnique(rng: Rng, draw: (rng: Rng) => Draft, taken: Set<string>): Draft {
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const draft = draw(rng);
    if (!taken.has(draft.name)) {
      taken.add(draft.name);
      return draft;
    }
  }
  throw new Error('demo catalog: too few combinations left for a new product name');
}

function claimName(taken: Set<string>, name: string): void {
  if (taken.has(name)) throw new Error(`demo catalog: the name ${name} is used twice`);
  taken.add(name);
}

// ---------------------------------------------------------------------------------------------
// Small helpers.

function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A UUID v7 (RFC 9562 §5.7) with a fixed timestamp whose random bits come from cyrb128 of `key`.
 * Formatted straight from the hash words: in a profile, going byte by byte through the sync
 * package's `uuidv7` (made for real ids) was the largest single cost of building the catalog.
 */
function stableUuid(key: string): string {
  let [h1, h2, h3, h4] = cyrb128Words(key);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  const random = hex8(h1) + hex8(h2) + hex8(h3);
  const variant = (0x8 | (h4 & 0x3)).toString(16);
  const t = ID_TIMESTAMP_HEX;
  return `${t.slice(0, 8)}-${t.slice(8)}-7${random.slice(0, 3)}-${variant}${random.slice(3, 6)}-${random.slice(6, 18)}`;
}

function hex8(word: number): string {
  return (word >>> 0).toString(16).padStart(8, '0');
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

function weighted<T>(rng: Rng, options: readonly (readonly [T, number])[]): T {
  const total = options.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = rng() * total;
  for (const [value, weight] of options) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return options[options.length - 1]![0];
}

function int(rng: Rng, below: number): number {
  return Math.floor(rng() * below);
}

function between(rng: Rng, low: number, high: number): number {
  return low + rng() * (high - low);
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** Shelf prices end in .99, or in .49/.99 under ten dollars. */
function shelfPrice(cents: number): number {
  const step = cents < 1000 ? 50 : 100;
  return Math.max(step, Math.round(cents / step) * step) - 1;
}

function formatSize(amount: number, unit: 'ml' | 'g'): string {
  if (unit === 'ml' && amount >= 1000) return `${amount / 1000}L`;
  return `${amount}${unit}`;
}
