/**
 * Interface strings in English: one typed table, by feature. Everything said
 * about the report and the cities lives in data/, not here.
 */
export const en = {
  /** The language switch's group name (src/features/toolbar/language-switch.tsx). */
  languageSwitch: 'Language',
  kicker: 'Immigration enforcement',
  /** The page's meta description (index.html has the same English text for crawlers). */
  description:
    "An interactive map of the five U.S. cities a report credited to Axios names as the next targets of expanded ICE enforcement, with each city's and state's policy toward cooperation with ICE, and sources.",
  title: 'Five cities named as next targets for expanded ICE operations',
  /** The share card's text alternative (og:image:alt): what the picture shows. */
  shareCardAlt:
    'Map of the contiguous United States marking Chicago, Los Angeles, Dallas, New York City and Atlanta, with the reported 15% rise in ICE arrests (comparison period not specified).',
  dek: 'A report credited to Axios says the administration plans to widen Immigration and Customs Enforcement operations to Chicago, Los Angeles, Dallas, New York City and Atlanta. Select a city to see what the report says and how the city and its state approach cooperation with ICE.',
  mapLabel: 'Map of the contiguous United States with the five cities named in the report',
  /** MapLibre's canvas, which takes keyboard focus. */
  mapCanvasLabel: 'Interactive map: arrow keys pan, plus and minus zoom',
  citiesGroupLabel: 'Cities named in the report',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  mapFallback:
    'The interactive map (pan and zoom) is not available in this browser. This map shows every city; select one for its notes.',
  legendTitle: 'Circle area shows 2020 population',
  /** Starts with the visible label, so voice users can say what they see (WCAG 2.5.3). */
  cityButtonName: (city: string, state: string, population: string) =>
    `${city}, ${state}. 2020 population ${population}`,
  /** MapLibre's hint in embeds, where the wheel and one finger scroll the page. */
  gestures: {
    windows: 'Use Ctrl + scroll to zoom the map',
    mac: 'Use ⌘ + scroll to zoom the map',
    mobile: 'Use two fingers to move the map',
  },
  mapDataCredit:
    'Map data: U.S. Census Bureau (via us-atlas); Natural Earth (via world-atlas); lakes © OpenStreetMap contributors, ODbL (via geo-maps)',
  sourceLine:
    'Source: a report credited to Axios (undated copy); city notes from public records and news reports, each sourced.',

  /** The city popover (src/features/city-popover). */
  popover: {
    close: 'Close',
    reportSays: 'What the report says',
    reportClaimBadge: 'The report’s claim',
    /** Operations, deployments, rulings, incidents: nothing here says they followed from the report. */
    events: 'Enforcement in 2025–2026',
    /** The older events, behind a disclosure. */
    moreEvents: (count: number) => `Show all (${count} more)`,
    cityPolicy: 'City policy',
    stateLaw: (state: string) => `State law: ${state}`,
    population: 'Population',
    populationValue: (value: string) => `${value} (2020 Census)`,
    sourcesLabel: (count: number) => (count === 1 ? 'Source:' : 'Sources:'),
    undatedEvent: 'Date not given',
    lastChecked: (date: string) => `Notes last checked ${date}.`,
    previous: 'Previous city',
    next: 'Next city',
    position: (index: number, total: number) => `${index} of ${total}`,
    keyboardHint: 'Left and right arrow keys move between cities.',
  },

  /** The view switch, theme choice and copy-link control (src/features/toolbar). */
  toolbar: {
    label: 'View and settings',
    /** The one control that holds the tools on a phone (on a wide screen they sit in a row). */
    tools: 'Share and tools',
    viewLabel: 'Show',
    viewMap: 'Map',
    viewList: 'List',
    viewTimeline: 'Timeline',
    themeLabel: 'Colours',
    themes: { auto: 'Match system', light: 'Light', dark: 'Dark', contrast: 'High contrast' },
    copyLink: 'Copy link',
    copied: 'Link copied to the clipboard.',
    copyFallback: 'Copying is blocked here: the link is selected, press Ctrl+C (or ⌘C) to copy it.',
    linkFieldLabel: 'Link to this view',
  },

  /** The list view (src/features/city-list). */
  list: {
    caption: 'The five cities named in the report',
    city: 'City',
    state: 'State',
    population: '2020 population',
    stance: 'Policy toward cooperation with ICE',
    latestEvent: 'Latest event (2025–2026)',
    notes: 'Notes and sources',
    open: 'Open notes',
    openName: (city: string) => `Open notes: ${city}`,
  },

  /** The timeline view (src/features/timeline). */
  timeline: {
    heading: 'Timeline',
    intro:
      'Every dated note of the five cities on one time axis. Below it, each city’s notes run from the oldest to the newest.',
    scaleLabel: 'Time axis',
    scaleAll: 'All years',
    scaleRecent: '2025–2026, by month',
    legendLabel: 'How to read the axis',
    legendDay: 'a note dated to the day',
    legendSpan: 'a note dated to a month or a year (the whole month or year)',
    legendRows: 'In each city’s lane, state law comes first, then city policy, then events.',
    levels: { state: 'State law', local: 'City policy', event: 'Event' },
    undated: 'Undated, not on the axis',
    openNote: (city: string) => `Read in ${city}’s notes`,
  },

  /** The non-blocking notice about ignored URL parameters. */
  notice: {
    ignored: (names: string) =>
      `Some settings in this link were not recognised and were ignored (${names}). The map works as usual.`,
    dismiss: 'Dismiss',
  },

  /** Shown in place of a part of the page that failed (the rest keeps working). */
  failed: {
    map: 'The map could not be shown. The list of cities and their notes still work: choose “List” above.',
    annotation: 'The 15% annotation could not be shown here.',
    list: 'The list of cities could not be shown. The map above still works.',
    timeline: 'The timeline could not be shown. Each city’s notes carry the same dates.',
    report: 'The summary of the report could not be shown.',
    sources: 'The list of sources could not be shown; each city’s notes carry their own sources.',
    popover: 'This city’s notes could not be shown.',
    present:
      'The presentation could not be shown: it needs the full notes, which this browser has not downloaded. Reload the page with a network connection.',
  },

  /** The embedded map (mode=embed) and the embed-code dialog. */
  embed: {
    openFull: 'Open the full map',
    button: 'Embed',
    title: 'Embed this map',
    city: 'Open with city',
    noCity: 'None',
    language: 'Language',
    languages: { en: 'English', es: 'Spanish' },
    height: 'Initial height (px)',
    preview: 'Preview',
    previewTitle: 'Preview of the embedded map',
    frameTitle: 'Map: five cities named as next targets for expanded ICE operations',
    codeLabel: 'Embed code (iframe and embed.js, which keeps the frame’s height in step)',
    pymLabel: 'For pages that already use pym.js',
    copyCode: 'Copy embed code',
    copyPym: 'Copy pym.js code',
    copied: (which: 'code' | 'pym') =>
      which === 'pym'
        ? 'pym.js code copied to the clipboard.'
        : 'Embed code copied to the clipboard.',
    copyBlocked: 'Copying is blocked here: select the code and copy it by hand.',
  },

  /** Present mode (a slideshow for class). */
  present: {
    progress: (step: number, count: number) => `${step} / ${count}`,
    controls: 'Presentation controls',
    previous: '← Previous',
    next: 'Next →',
    goTo: 'Step',
    notes: 'Teacher’s notes (N)',
    notesLabel: 'Teacher’s notes',
    play: (seconds: number) => `Auto-advance every ${seconds} s`,
    pause: 'Pause auto-advance',
    fullscreen: 'Full screen',
    fullscreenRefused:
      'Full screen is not allowed here (for example inside a frame without allow="fullscreen"). Use the browser’s own full-screen key (F11), or open the map in its own tab.',
    exit: 'Leave presentation (Esc)',
    questions: 'Questions for discussion',
    start: 'Present',
  },

  /** The printed handout. */
  handout: {
    print: 'Print handout',
    sources: 'Sources',
    officialFigures: 'The official figures',
    latestEvent: (date: string) => `Latest event, ${date}:`,
    report: 'The report',
    footer: (date: string) =>
      `Last updated ${date}. Every note, with its full source and link, is on the interactive map.`,
  },

  /** Download image (a PNG of the map for slides). */
  exportImage: {
    button: 'Download image',
    done: 'Image downloaded (PNG).',
    failed: 'The image could not be made in this browser.',
  },

  /** Citations. */
  citation: {
    undated: 'undated',
    mirror: 'mirror copy',
    /** How the copy read relates to the original (data: a source's `copy`). */
    copy: {
      mirror: (name: string) => `mirror copy, ${name}`,
      secondary: (name: string) => `secondary copy, ${name}`,
      summary: (name: string) => `secondary summary, ${name}`,
      headline: (name: string) => `headline via ${name}`,
      quoting: (name: string) => `quoting ${name}`,
      via: (name: string) => `via ${name}`,
      document: () => 'copy of the document',
    },
    newTab: 'opens in a new tab',
    /** Said after a source's title where the page's language differs from the title's (English). */
    originalLanguage: '',
  },

  /** The report panel (src/features/report-panel). */
  report: {
    heading: 'What the report says',
    headlineLabel: 'Headline of the report:',
    creditedTo: (outlet: string) => `Credited to ${outlet}`,
    summaryHeading: 'Our summary',
    claimsHeading: 'The report’s key claims',
    unverifiedHeading: 'What could not be verified',
    sourcesHeading: (count: number) => (count === 1 ? 'Source' : 'Sources'),
  },

  /** The 15% annotation (src/features/annotation). */
  annotation: {
    /** Names the report behind the figure; the outlet comes from data/report.json. */
    source: (outlet: string) => `Source: a report credited to ${outlet}`,
    /** The on-map line on narrow maps, where the full wording is shown below the map. */
    shortMeasure: 'Rise in ICE arrests, as reported',
    /** The disclosure beside the figure (data/annotation.json › context). */
    officialFigures: 'What the official figures say',
    chartBefore: (value: string) => `A year earlier: ${value}`,
    chartAfter: (value: string) => `Reported period: ${value}`,
    /** The chart's text equivalent. */
    chartLabel: (before: string, after: string) =>
      `Bar chart, as an index: the same period a year earlier is ${before}; the period the report describes, ${after}. Bars start at zero.`,
  },

  /** The sources section (src/features/sources). */
  sources: {
    heading: 'Sources',
    lastUpdated: 'Last updated:',
    intro:
      'Each note’s sources are linked beneath it, in its city’s notes, and all of them are in the data files below. Here, every source of the piece once: the report’s, then each city’s by publisher and year, oldest first; undated sources last.',
    introOffline:
      'Each note’s sources are linked beneath it, in its city’s notes. Here, every source of the piece once: the report’s, then each city’s by publisher and year, oldest first; undated sources last.',
    copiesNote:
      'Where a source was read in a copy rather than the original (a mirror, a secondary copy or summary, a report quoting another outlet), a note in brackets after the publisher says so.',
    reportGroup: 'The report',
    cityGroup: (city: string, state: string) => `${city}, ${state}`,
    openNotes: (city: string) => `Open ${city}’s notes`,
    updatesHeading: 'Updates',
    correction: 'Correction',
  },

  /** Get the data and how to cite (src/features/sources). */
  data: {
    heading: 'Get the data',
    intro:
      'The cities, every note with its sources, and the report’s claims, as files for a spreadsheet or a script. The columns are described in the project’s README.',
    files: {
      'cities.csv': 'Cities (CSV)',
      'notes.csv': 'Notes and their sources (CSV)',
      'data.json': 'Everything (JSON)',
    },
    /** Around the licence's name, which links to it. */
    licenceBefore: 'You may reuse the text and data of this piece under ',
    licenceAfter: ', crediting it; the sources it links to keep their own terms.',
    citeHeading: 'How to cite',
    /** The citation; `accessed` is left for the reader to fill. */
    citation: (publisher: string, title: string, url: string, updated: string) =>
      `${publisher}. “${title}.” ${url}. Last updated ${updated}. Accessed [date].`,
    copyCitation: 'Copy citation',
    citationCopied: 'Citation copied to the clipboard.',
    citationBlocked: 'Copying is blocked here: select the citation above and copy it.',
    handoutLine: (url: string) => `Get the data: ${url}`,
  },

  /** The page footer: the offline copy (src/features/offline-copy). */
  offlineCopy: {
    heading: 'Using this without internet',
    intro:
      'This page keeps working offline after one visit in this browser. For another computer, or a classroom with no connection, download the whole map as one file and open it in any browser, for example from a USB stick.',
    download: 'Download for offline use',
    size: '(one HTML file, about 2 MB)',
    isCopy:
      'This is the offline copy of the map, saved as one file for use without internet. The online version may have newer notes.',
  },
} as const;
