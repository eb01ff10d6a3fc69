import type { BoroughCode } from '@/lib/contract';

/** Real places in each borough, for contract titles that read like the authority's own. */
interface Place {
  name: string;
  borough: BoroughCode;
}

const HALTON = 'E06000006';
const KNOWSLEY = 'E08000011';
const LIVERPOOL = 'E08000012';
const ST_HELENS = 'E08000013';
const SEFTON = 'E08000014';
const WIRRAL = 'E08000015';

export const ROADS: readonly Place[] = [
  { name: 'A5036 Princess Way', borough: SEFTON },
  { name: 'A565 Crosby Road North', borough: SEFTON },
  { name: 'A59 Ormskirk Road', borough: SEFTON },
  { name: 'A5038 Netherton Way', borough: SEFTON },
  { name: 'A562 Speke Road', borough: LIVERPOOL },
  { name: 'A5058 Queens Drive', borough: LIVERPOOL },
  { name: 'A5080 Bowring Park Road', borough: LIVERPOOL },
  { name: 'A41 New Chester Road', borough: WIRRAL },
  { name: 'A552 Woodchurch Road', borough: WIRRAL },
  { name: 'A554 Tower Road', borough: WIRRAL },
  { name: 'A5300 Knowsley Expressway', borough: KNOWSLEY },
  { name: 'A57 Warrington Road', borough: KNOWSLEY },
  { name: 'A580 East Lancashire Road', borough: ST_HELENS },
  { name: 'A570 Rainford Bypass', borough: ST_HELENS },
  { name: 'A58 Prescot Road', borough: ST_HELENS },
  { name: 'A533 Silver Jubilee Bridge approach', borough: HALTON },
  { name: 'A557 Weston Point Expressway', borough: HALTON },
];

export const TOWNS: readonly Place[] = [
  { name: 'Runcorn', borough: HALTON },
  { name: 'Widnes', borough: HALTON },
  { name: 'Huyton', borough: KNOWSLEY },
  { name: 'Kirkby', borough: KNOWSLEY },
  { name: 'Prescot', borough: KNOWSLEY },
  { name: 'Halewood', borough: KNOWSLEY },
  { name: 'Garston', borough: LIVERPOOL },
  { name: 'Norris Green', borough: LIVERPOOL },
  { name: 'Toxteth', borough: LIVERPOOL },
  { name: 'Everton', borough: LIVERPOOL },
  { name: 'St Helens', borough: ST_HELENS },
  { name: 'Earlestown', borough: ST_HELENS },
  { name: 'Newton-le-Willows', borough: ST_HELENS },
  { name: 'Bootle', borough: SEFTON },
  { name: 'Southport', borough: SEFTON },
  { name: 'Crosby', borough: SEFTON },
  { name: 'Maghull', borough: SEFTON },
  { name: 'Birkenhead', borough: WIRRAL },
  { name: 'Wallasey', borough: WIRRAL },
  { name: 'Bebington', borough: WIRRAL },
  { name: 'West Kirby', borough: WIRRAL },
];

export const STATIONS: readonly Place[] = [
  { name: 'Liverpool Central', borough: LIVERPOOL },
  { name: 'Moorfields', borough: LIVERPOOL },
  { name: 'Liverpool South Parkway', borough: LIVERPOOL },
  { name: 'Sandhills', borough: LIVERPOOL },
  { name: 'Bootle New Strand', borough: SEFTON },
  { name: 'Southport', borough: SEFTON },
  { name: 'Maghull North', borough: SEFTON },
  { name: 'Birkenhead Hamilton Square', borough: WIRRAL },
  { name: 'Conway Park', borough: WIRRAL },
  { name: 'Hoylake', borough: WIRRAL },
  { name: 'Kirkby', borough: KNOWSLEY },
  { name: 'Headbolt Lane', borough: KNOWSLEY },
  { name: 'Huyton', borough: KNOWSLEY },
  { name: 'St Helens Central', borough: ST_HELENS },
  { name: 'Newton-le-Willows', borough: ST_HELENS },
  { name: 'Runcorn', borough: HALTON },
  { name: 'Widnes', borough: HALTON },
];

export const BUILDINGS: readonly Place[] = [
  { name: 'No 1 Mann Island', borough: LIVERPOOL },
  { name: 'Queen Square travel centre', borough: LIVERPOOL },
  { name: 'Liverpool One bus station', borough: LIVERPOOL },
  { name: 'Pier Head ferry terminal', borough: LIVERPOOL },
  { name: 'Seacombe ferry terminal', borough: WIRRAL },
  { name: 'Birkenhead tunnel entrance', borough: WIRRAL },
  { name: 'Kingsway tunnel toll plaza', borough: WIRRAL },
  { name: 'Bootle bus station', borough: SEFTON },
  { name: 'Southport Eastbank Street bus station', borough: SEFTON },
  { name: 'Huyton bus station', borough: KNOWSLEY },
  { name: 'Kirkby bus station', borough: KNOWSLEY },
  { name: 'St Helens bus station', borough: ST_HELENS },
  { name: 'Runcorn Busway depot', borough: HALTON },
  { name: 'Widnes Green Oaks bus station', borough: HALTON },
];

export const SCHEMES = [
  'the Mass Transit feasibility study',
  'the City Region Sustainable Transport Settlement',
  'the Liverpool City Region Freeport',
  'the Borough of Culture programme',
  'the Brownfield Land Fund',
  'the Skills Bootcamps programme',
  'the Local Cycling and Walking Infrastructure Plan',
  'the Net Zero retrofit programme',
] as const;
