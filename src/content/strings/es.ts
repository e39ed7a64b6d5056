/**
 * Interface strings in Spanish: the same keys as en.ts (the type and the
 * build check both say which key is missing or extra). Neutral Spanish as a
 * U.S. Spanish-language newsroom writes it; "usted" for instructions.
 */
import type { Strings } from './types';

export const es: Strings = {
  languageSwitch: 'Idioma',
  kicker: 'Control migratorio',
  description:
    'Un mapa interactivo de las cinco ciudades de EE. UU. que un informe atribuido a Axios señala como próximos objetivos de una expansión de las operaciones de ICE, con la política de cada ciudad y de su estado sobre la cooperación con ICE, y sus fuentes.',
  title:
    'Cinco ciudades señaladas como próximos objetivos de una expansión de las operaciones de ICE',
  shareCardAlt:
    'Mapa de los Estados Unidos continentales que marca Chicago, Los Ángeles, Dallas, la Ciudad de Nueva York y Atlanta, con el aumento del 15 % en los arrestos de ICE según el informe (sin especificar el periodo de comparación).',
  dek: 'Un informe atribuido a Axios dice que el gobierno planea extender las operaciones del Servicio de Inmigración y Control de Aduanas (ICE) a Chicago, Los Ángeles, Dallas, la Ciudad de Nueva York y Atlanta. Seleccione una ciudad para ver qué dice el informe y cómo la ciudad y su estado abordan la cooperación con ICE.',
  mapLabel: 'Mapa de los Estados Unidos continentales con las cinco ciudades que señala el informe',
  mapCanvasLabel: 'Mapa interactivo: las flechas lo desplazan; más y menos acercan y alejan',
  citiesGroupLabel: 'Ciudades que señala el informe',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  mapFallback:
    'El mapa interactivo (desplazar y hacer zoom) no está disponible en este navegador. Este mapa muestra todas las ciudades; seleccione una para ver sus notas.',
  legendTitle: 'El área del círculo indica la población en 2020',
  cityButtonName: (city, state, population) =>
    `${city}, ${state}. Población en 2020: ${population}`,
  gestures: {
    windows: 'Use Ctrl + desplazamiento para hacer zoom en el mapa',
    mac: 'Use ⌘ + desplazamiento para hacer zoom en el mapa',
    mobile: 'Use dos dedos para mover el mapa',
  },
  mapDataCredit:
    'Datos del mapa: Oficina del Censo de EE. UU. (vía us-atlas); Natural Earth (vía world-atlas); lagos © colaboradores de OpenStreetMap, ODbL (vía geo-maps)',
  sourceLine:
    'Fuente: un informe atribuido a Axios (copia sin fecha); notas sobre las ciudades a partir de registros públicos y noticias, cada una con su fuente.',

  popover: {
    close: 'Cerrar',
    reportSays: 'Qué dice el informe',
    reportClaimBadge: 'Lo que afirma el informe',
    events: 'Control migratorio en 2025–2026',
    moreEvents: (count) => `Ver todo (${count} más)`,
    cityPolicy: 'Política de la ciudad',
    stateLaw: (state) => `Ley estatal: ${state}`,
    population: 'Población',
    populationValue: (value) => `${value} (Censo de 2020)`,
    sourcesLabel: (count) => (count === 1 ? 'Fuente:' : 'Fuentes:'),
    undatedEvent: 'Fecha no indicada',
    lastChecked: (date) => `Notas revisadas por última vez el ${date}.`,
    previous: 'Ciudad anterior',
    next: 'Ciudad siguiente',
    position: (index, total) => `${index} de ${total}`,
    keyboardHint: 'Las flechas izquierda y derecha pasan de una ciudad a otra.',
  },

  toolbar: {
    label: 'Vista y ajustes',
    tools: 'Compartir y herramientas',
    viewLabel: 'Mostrar',
    viewMap: 'Mapa',
    viewList: 'Lista',
    viewTimeline: 'Cronología',
    themeLabel: 'Colores',
    themes: {
      auto: 'Según el sistema',
      light: 'Claro',
      dark: 'Oscuro',
      contrast: 'Alto contraste',
    },
    copyLink: 'Copiar enlace',
    copied: 'Enlace copiado al portapapeles.',
    copyFallback:
      'Aquí no se permite copiar: el enlace está seleccionado; pulse Ctrl+C (o ⌘C) para copiarlo.',
    linkFieldLabel: 'Enlace a esta vista',
  },

  list: {
    caption: 'Las cinco ciudades que señala el informe',
    city: 'Ciudad',
    state: 'Estado',
    population: 'Población en 2020',
    stance: 'Política sobre la cooperación con ICE',
    latestEvent: 'Último hecho (2025–2026)',
    notes: 'Notas y fuentes',
    open: 'Ver notas',
    openName: (city) => `Ver notas: ${city}`,
  },

  timeline: {
    heading: 'Cronología',
    intro:
      'Cada nota fechada de las cinco ciudades, en un mismo eje de tiempo. Debajo, las notas de cada ciudad van de la más antigua a la más reciente.',
    scaleLabel: 'Eje de tiempo',
    scaleAll: 'Todos los años',
    scaleRecent: '2025–2026, por meses',
    legendLabel: 'Cómo leer el eje',
    legendDay: 'una nota fechada en un día',
    legendSpan: 'una nota fechada en un mes o un año (todo el mes o el año)',
    legendRows:
      'En la franja de cada ciudad, primero la ley estatal, luego la política de la ciudad y después los sucesos.',
    levels: { state: 'Ley estatal', local: 'Política de la ciudad', event: 'Suceso' },
    undated: 'Sin fecha, fuera del eje',
    openNote: (city) => `Leer en las notas de ${city}`,
  },

  notice: {
    ignored: (names) =>
      `Algunos ajustes de este enlace no se reconocieron y se ignoraron (${names}). El mapa funciona con normalidad.`,
    dismiss: 'Cerrar aviso',
  },

  failed: {
    map: 'No se pudo mostrar el mapa. La lista de ciudades y sus notas siguen disponibles: elija “Lista” arriba.',
    annotation: 'No se pudo mostrar aquí la anotación del 15 %.',
    list: 'No se pudo mostrar la lista de ciudades. El mapa de arriba sigue funcionando.',
    timeline:
      'No se pudo mostrar la cronología. Las notas de cada ciudad tienen las mismas fechas.',
    report: 'No se pudo mostrar el resumen del informe.',
    sources:
      'No se pudo mostrar la lista de fuentes; las notas de cada ciudad incluyen sus propias fuentes.',
    popover: 'No se pudieron mostrar las notas de esta ciudad.',
    present:
      'No se pudo mostrar la presentación: necesita las notas completas, que este navegador no ha descargado. Vuelva a cargar la página con conexión a la red.',
  },

  embed: {
    openFull: 'Abrir el mapa completo',
    button: 'Insertar',
    title: 'Insertar este mapa',
    city: 'Abrir con la ciudad',
    noCity: 'Ninguna',
    language: 'Idioma',
    languages: { en: 'Inglés', es: 'Español' },
    height: 'Altura inicial (px)',
    preview: 'Vista previa',
    previewTitle: 'Vista previa del mapa insertado',
    frameTitle:
      'Mapa: cinco ciudades señaladas como próximos objetivos de una expansión de las operaciones de ICE',
    codeLabel: 'Código para insertar (iframe y embed.js, que ajusta la altura del marco)',
    pymLabel: 'Para páginas que ya usan pym.js',
    copyCode: 'Copiar código para insertar',
    copyPym: 'Copiar código pym.js',
    copied: (which) =>
      which === 'pym'
        ? 'Código pym.js copiado al portapapeles.'
        : 'Código para insertar copiado al portapapeles.',
    copyBlocked: 'Aquí no se permite copiar: seleccione el código y cópielo a mano.',
  },

  present: {
    progress: (step, count) => `${step} / ${count}`,
    controls: 'Controles de la presentación',
    previous: '← Anterior',
    next: 'Siguiente →',
    goTo: 'Paso',
    notes: 'Notas para el docente (N)',
    notesLabel: 'Notas para el docente',
    play: (seconds) => `Avance automático cada ${seconds} s`,
    pause: 'Pausar el avance automático',
    fullscreen: 'Pantalla completa',
    fullscreenRefused:
      'Aquí no se permite la pantalla completa (por ejemplo, dentro de un marco sin allow="fullscreen"). Use la tecla de pantalla completa del navegador (F11) o abra el mapa en su propia pestaña.',
    exit: 'Salir de la presentación (Esc)',
    questions: 'Preguntas para el debate',
    start: 'Presentar',
  },

  handout: {
    print: 'Imprimir folleto',
    sources: 'Fuentes',
    officialFigures: 'Las cifras oficiales',
    latestEvent: (date) => `Último hecho, ${date}:`,
    report: 'El informe',
    footer: (date) =>
      `Última actualización: ${date}. Todas las notas, con su fuente completa y enlace, están en el mapa interactivo.`,
  },

  exportImage: {
    button: 'Descargar imagen',
    done: 'Imagen descargada (PNG).',
    failed: 'No se pudo crear la imagen en este navegador.',
  },

  citation: {
    undated: 'sin fecha',
    mirror: 'copia espejo',
    copy: {
      mirror: (name) => `copia espejo, ${name}`,
      secondary: (name) => `copia secundaria, ${name}`,
      summary: (name) => `resumen secundario, ${name}`,
      headline: (name) => `titular vía ${name}`,
      quoting: (name) => `que cita a ${name}`,
      via: (name) => `vía ${name}`,
      document: () => 'copia del documento',
    },
    newTab: 'se abre en una pestaña nueva',
    originalLanguage: '(en inglés)',
  },

  report: {
    heading: 'Qué dice el informe',
    headlineLabel: 'Titular del informe (traducido del inglés):',
    creditedTo: (outlet) => `Atribuido a ${outlet}`,
    summaryHeading: 'Nuestro resumen',
    claimsHeading: 'Principales afirmaciones del informe',
    unverifiedHeading: 'Lo que no se pudo verificar',
    sourcesHeading: (count) => (count === 1 ? 'Fuente' : 'Fuentes'),
  },

  annotation: {
    source: (outlet) => `Fuente: un informe atribuido a ${outlet}`,
    shortMeasure: 'Arrestos de ICE, según el informe',
    officialFigures: 'Qué dicen las cifras oficiales',
    chartBefore: (value) => `Un año antes: ${value}`,
    chartAfter: (value) => `Periodo del informe: ${value}`,
    chartLabel: (before, after) =>
      `Gráfico de barras, como índice: el mismo periodo del año anterior es ${before}; el periodo que describe el informe, ${after}. Las barras empiezan en cero.`,
  },

  sources: {
    heading: 'Fuentes',
    lastUpdated: 'Última actualización:',
    intro:
      'Las fuentes de cada nota están enlazadas debajo de ella, en las notas de su ciudad, y todas están en los archivos de datos de más abajo. Aquí, cada fuente de la pieza una vez: las del informe y luego las de cada ciudad por medio y año, de la más antigua a la más reciente; las que no tienen fecha, al final. Los títulos se dan en su idioma original.',
    introOffline:
      'Las fuentes de cada nota están enlazadas debajo de ella, en las notas de su ciudad. Aquí, cada fuente de la pieza una vez: las del informe y luego las de cada ciudad por medio y año, de la más antigua a la más reciente; las que no tienen fecha, al final. Los títulos se dan en su idioma original.',
    copiesNote:
      'Cuando una fuente se leyó en una copia y no en el original (una copia espejo, una copia o un resumen secundarios, una nota que cita a otro medio), una nota entre paréntesis después del medio lo indica.',
    reportGroup: 'El informe',
    cityGroup: (city, state) => `${city}, ${state}`,
    openNotes: (city) => `Abrir las notas de ${city}`,
    updatesHeading: 'Actualizaciones',
    correction: 'Corrección',
  },

  data: {
    heading: 'Descargar los datos',
    intro:
      'Las ciudades, cada nota con sus fuentes y las afirmaciones del informe, en archivos para una hoja de cálculo o un programa. Las columnas se describen en el README del proyecto.',
    files: {
      'cities.csv': 'Ciudades (CSV)',
      'notes.csv': 'Notas y sus fuentes (CSV)',
      'data.json': 'Todo (JSON)',
    },
    licenceBefore: 'Puede reutilizar el texto y los datos de esta pieza bajo la licencia ',
    licenceAfter: ', citándola; las fuentes enlazadas mantienen sus propias condiciones.',
    citeHeading: 'Cómo citar',
    citation: (publisher, title, url, updated) =>
      `${publisher}. «${title}». ${url}. Última actualización: ${updated}. Consultado el [fecha].`,
    copyCitation: 'Copiar la cita',
    citationCopied: 'Cita copiada al portapapeles.',
    citationBlocked: 'Aquí no se puede copiar: seleccione la cita de arriba y cópiela.',
    handoutLine: (url) => `Descargar los datos: ${url}`,
  },

  offlineCopy: {
    heading: 'Usar el mapa sin internet',
    intro:
      'Esta página sigue funcionando sin conexión después de una visita en este navegador. Para otra computadora, o un salón de clases sin conexión, descargue el mapa completo como un solo archivo y ábralo en cualquier navegador, por ejemplo desde una memoria USB.',
    download: 'Descargar para usar sin conexión',
    size: '(un archivo HTML, de unos 2 MB)',
    isCopy:
      'Esta es la copia sin conexión del mapa, guardada como un solo archivo para usarla sin internet. La versión en línea puede tener notas más recientes.',
  },
};
