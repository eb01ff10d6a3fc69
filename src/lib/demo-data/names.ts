import type { Category } from '@/lib/contract';

/** Word lists for people and supplier names. Fictional: any likeness to a real firm is chance. */

function list(text: string): readonly string[] {
  return text.split(', ');
}

export const FIRST_NAMES = list(
  'Aisha, Amelia, Callum, Chloe, Connor, Daniel, Declan, Ellie, Emma, Ethan, Faisal, Georgia, ' +
    'Grace, Hannah, Harvey, Imran, Isla, Jack, Jade, Jamie, Jordan, Joseph, Kayleigh, Kieran, Leah, ' +
    'Liam, Lucy, Mohammed, Molly, Nathan, Niamh, Oliver, Olivia, Owen, Paige, Reece, Rhys, Ryan, ' +
    'Sadia, Sam, Sophie, Stacey, Tyler, Yasmin, Zara, Abdul, Bethany, Chantelle, Dylan, Megan',
);

export const SURNAMES = list(
  'Ahmed, Ashworth, Barlow, Bennett, Brennan, Byrne, Carragher, Chen, Clarke, Coleman, Connolly, ' +
    'Davies, Dempsey, Doherty, Evans, Fitzgerald, Foster, Griffiths, Hampson, Hughes, Hussain, ' +
    'Jones, Kaur, Kelly, Lawson, Lee, McCann, McGovern, Mensah, Moran, Murphy, Nolan, Okonkwo, ' +
    'Parry, Patel, Quinn, Roberts, Rourke, Shaw, Singh, Smith, Taylor, Thompson, Walsh, Wilson, ' +
    'Wright, Yates, Ellison, Fairclough, Harrison',
);

/** Prefixes for regional firms and community organisations. */
export const PLACE_WORDS = list(
  'Mersey, Wirral, Sefton, Halton, Knowsley, St Helens, Liverpool, Birkenhead, Bootle, Southport, ' +
    'Runcorn, Widnes, Kirkby, Huyton, Prescot, Wallasey, Crosby, Formby, Maghull, Garston, Speke, ' +
    'Anfield, Everton, Aintree, Newton, Rainhill, Hoylake, Heswall, Dockside, Riverside, Baltic, ' +
    'Liver, Albert Dock, Northshore, Dee Valley, Seacombe, Halewood, Bromborough, Litherland, ' +
    'Toxteth',
);

/** Prefixes for national firms. */
export const NATIONAL_WORDS = list(
  'Albion, Brightwater, Castlegate, Northgate, Pennant, Keystone, Meridian, Sterling, Summit, ' +
    'Thornbury, Whitmore, Ashdown, Beacon, Crestline, Greystone, Harcourt, Kingsway, Lansdown, ' +
    'Oakridge, Ravensworth',
);

export const TRADE_WORDS: Record<Category, readonly string[]> = {
  highways: ['Highways', 'Surfacing', 'Civils', 'Road Services', 'Traffic Management', 'Street Lighting'],
  construction: ['Construction', 'Building', 'Contractors', 'Developments', 'Builders', 'Groundworks'],
  ict: ['Digital', 'Technology', 'Systems', 'Networks', 'IT Solutions', 'Data'],
  'professional-services': ['Consulting', 'Advisory', 'Associates', 'Partners', 'Economics', 'Planning'],
  transport: ['Coaches', 'Travel', 'Buses', 'Transport', 'Fleet Services', 'Mobility'],
  facilities: ['Facilities', 'Cleaning', 'Property Services', 'Maintenance', 'Security', 'Estates'],
  care: ['Care', 'Homecare', 'Support Services', 'Healthcare', 'Care Partnership', 'Living'],
};

/** Community organisations, paired with the kind of work they take on. */
export const VCSE_WORDS: Record<Category, readonly string[]> = {
  highways: ['Green Streets', 'Community Works'],
  construction: ['Community Builders', 'Homes Partnership', 'Community Works'],
  ict: ['Digital Inclusion', 'Tech Together'],
  'professional-services': ['Employment Hub', 'Skills Partnership', 'Youth Futures'],
  transport: ['Community Transport', 'Cycling Project'],
  facilities: ['Green Spaces', 'Community Cleaning', 'Furniture Project'],
  care: ['Carers Centre', 'Care Network', 'Wellbeing Network', 'Independent Living'],
};

export const VCSE_FORMS = ['CIC', 'Trust', 'Community Interest Company', 'Charitable Trust'] as const;
export const FIRM_FORMS = ['Ltd', 'Limited'] as const;
export const NATIONAL_FORMS = ['plc', 'Group plc', 'UK Ltd', 'Group Ltd'] as const;
