/**
 * Interface strings in English: one typed table, by feature. Everything said
 * about the report and the cities lives in data/, not here.
 */
export const en = {
  kicker: 'Immigration enforcement',
  title: 'Five cities named as next targets for expanded ICE operations',
  dek: 'A report credited to Axios says the administration plans to widen Immigration and Customs Enforcement operations to Chicago, Los Angeles, Dallas, New York City and Atlanta. Select a city to see what the report says and how the city and its state approach cooperation with ICE.',
  mapLabel: 'Map of the contiguous United States with the five cities named in the report',
  citiesGroupLabel: 'Cities named in the report',
  legendTitle: 'Circle area shows 2020 population',
  legendValue: (millions: number) => `${millions} million`,
  /** Starts with the visible label, so voice users can say what they see (WCAG 2.5.3). */
  cityButtonName: (city: string, state: string, population: string) =>
    `${city}, ${state}. 2020 population ${population}`,
  mapDataCredit: 'Map data: U.S. Census Bureau (via us-atlas); Natural Earth (via world-atlas)',
  sourceLine:
    'Source: a report credited to Axios (undated copy); city notes from public records and news reports, each sourced.',

  /** Citations. */
  citation: {
    undated: 'undated',
    mirror: 'mirror copy',
    newTab: 'opens in a new tab',
  },

  /** The report panel (src/features/report-panel). */
  report: {},

  /** The 15% annotation (src/features/annotation). */
  annotation: {},

  /** The sources section (src/features/sources). */
  sources: {},
} as const;

export type Strings = typeof en;
