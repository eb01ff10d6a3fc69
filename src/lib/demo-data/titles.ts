import { BOROUGHS, type BoroughCode, type Category } from '@/lib/contract';
import { BUILDINGS, ROADS, SCHEMES, STATIONS, TOWNS } from './places';
import type { Random } from './random';

/** A contract title, and the borough it names (if it names one), so that the contract serves that borough. */
export interface Title {
  text: string;
  borough: BoroughCode | null;
}

type Template = (r: Random) => Title;

function plain(text: string): Template {
  return () => ({ text, borough: null });
}

function withPlace(
  places: readonly { name: string; borough: BoroughCode }[],
  text: (place: string) => string,
): Template {
  return (r) => {
    const place = r.pick(places);
    return { text: text(place.name), borough: place.borough };
  };
}

function withBorough(text: (borough: string) => string): Template {
  return (r) => {
    const borough = r.pick(BOROUGHS);
    return { text: text(borough.name), borough: borough.code };
  };
}

function withScheme(text: (scheme: string) => string): Template {
  return (r) => ({ text: text(r.pick(SCHEMES)), borough: null });
}

const TEMPLATES: Record<Category, readonly Template[]> = {
  highways: [
    withPlace(ROADS, (road) => `${road} resurfacing`),
    withPlace(ROADS, (road) => `${road} junction improvements`),
    withPlace(ROADS, (road) => `${road} bus lane and cycle route`),
    withPlace(ROADS, (road) => `Traffic signal upgrades on the ${road}`),
    withBorough((b) => `${b} street lighting LED replacement`),
    withBorough((b) => `Gully cleansing and drainage – ${b}`),
    withBorough((b) => `Road markings and signage – ${b}`),
    plain('Key Route Network winter gritting'),
    plain('Key Route Network bridge inspection and maintenance framework'),
    withBorough((b) => `Pothole repair programme – ${b}`),
    withPlace(ROADS, (road) => `${road} safety barrier renewal`),
  ],
  construction: [
    withPlace(TOWNS, (town) => `${town} town centre public realm works`),
    withPlace(TOWNS, (town) => `${town} active travel hub construction`),
    withPlace(TOWNS, (town) => `${town} bus interchange redevelopment`),
    withPlace(STATIONS, (station) => `${station} station accessibility improvements`),
    withBorough((b) => `Brownfield land remediation – ${b}`),
    withBorough((b) => `Social housing retrofit – ${b}`),
    withBorough((b) => `${b} adult skills centre fit-out`),
    plain('Mersey Tunnels ventilation building refurbishment'),
    withPlace(STATIONS, (station) => `${station} station car park extension`),
    withBorough((b) => `Flood defence improvements – ${b}`),
  ],
  ict: [
    plain('Cloud hosting and managed service desk'),
    plain('Merseyrail station CCTV upgrade'),
    plain('Cyber security operations centre service'),
    plain('Bus real-time passenger information displays'),
    plain('Data platform and analytics licences'),
    plain('Smart ticketing back office system'),
    plain('Website redesign and hosting'),
    plain('Electronic document and records management system'),
    plain('Telephony and contact centre platform'),
    plain('Laptop and mobile device refresh'),
    plain('Geographic information system licences'),
    withPlace(BUILDINGS, (building) => `Network and wi-fi refresh – ${building}`),
    withBorough((b) => `Digital inclusion device scheme – ${b}`),
  ],
  'professional-services': [
    withScheme((scheme) => `Economic appraisal of ${scheme}`),
    withScheme((scheme) => `Cost consultancy for ${scheme}`),
    withScheme((scheme) => `Independent assurance of ${scheme}`),
    plain('Legal services framework'),
    plain('Social value verification and audit support'),
    plain('City region transport model update'),
    plain('Recruitment advertising services'),
    plain('Internal audit services'),
    plain('Property valuation services'),
    plain('Communications and marketing support'),
    withBorough((b) => `Local labour market study – ${b}`),
  ],
  transport: [
    plain('Liverpool City Region bus shelter maintenance'),
    plain('Mersey Ferries hull maintenance'),
    plain('Bike hire scheme operation'),
    plain('Concessionary travel pass production'),
    plain('Rail replacement bus services'),
    plain('Ferry terminal pontoon repairs'),
    plain('Travel information centre staffing'),
    withPlace(STATIONS, (station) => `Park and ride operation – ${station}`),
    withBorough((b) => `Supported bus services – ${b} evening routes`),
    withBorough((b) => `Home to school transport – ${b}`),
    withBorough((b) => `Demand-responsive transport pilot – ${b}`),
  ],
  facilities: [
    withPlace(BUILDINGS, (building) => `Cleaning services – ${building}`),
    withPlace(BUILDINGS, (building) => `Security and concierge – ${building}`),
    withPlace(BUILDINGS, (building) => `Mechanical and electrical maintenance – ${building}`),
    withBorough((b) => `Grounds maintenance – ${b} transport sites`),
    plain('Waste and recycling collection'),
    plain('Pest control services'),
    plain('Energy management and metering'),
    withPlace(BUILDINGS, (building) => `Lift maintenance – ${building}`),
    withPlace(BUILDINGS, (building) => `Fire safety systems – ${building}`),
  ],
  care: [
    withBorough((b) => `Adult social care domiciliary framework – ${b}`),
    withBorough((b) => `Supported living services – ${b}`),
    withBorough((b) => `Reablement service – ${b}`),
    withBorough((b) => `Carers support service – ${b}`),
    withBorough((b) => `Mental health recovery service – ${b}`),
    withBorough((b) => `Young people’s supported accommodation – ${b}`),
    plain('Community equipment service'),
    plain('Hospital discharge support service'),
    withBorough((b) => `Day opportunities for adults with learning disabilities – ${b}`),
  ],
};

export function contractTitle(r: Random, category: Category): Title {
  return r.pick(TEMPLATES[category])(r);
}
