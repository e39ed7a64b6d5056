/**
 * Hostile and broken query strings. Each must leave the page working: no
 * script runs, no dialog opens (except the one a valid `city` asks for), no
 * uncaught error, all five cities present, no payload rendered as markup.
 */
const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=1">';
const SVG = '<svg onload="window.__pwned=1">';
const LONG = 'a'.repeat(10_000);

const enc = encodeURIComponent;

export interface HostileUrl {
  query: string;
  /** The city whose popover should open, if the query also holds a valid one. */
  opens?: string;
}

export const HOSTILE_URLS: HostileUrl[] = [
  { query: `?city=${enc(SCRIPT)}` },
  { query: `?city=${enc(IMG)}` },
  { query: `?city=${enc(SVG)}` },
  { query: `?theme=${enc(SCRIPT)}` },
  { query: `?view=${enc(IMG)}` },
  { query: `?lang=${enc(SVG)}` },
  { query: `?mode=${enc(SCRIPT)}` },
  { query: `?step=${enc(IMG)}` },
  { query: `?city=javascript:alert(1)` },
  { query: `?mode=javascript:window.__pwned=1` },
  {
    query: `?city=${enc('javascript:/*--></title></style></textarea></script><svg/onload=window.__pwned=1>')}`,
  },
  { query: `?city=${enc('"><img src=x onerror=window.__pwned=1>')}` },
  { query: `?city=${enc("'-alert(1)-'")}` },
  { query: `?city=${LONG}` },
  { query: `?theme=${LONG.slice(0, 4000)}&view=${LONG.slice(0, 4000)}` },
  { query: `?${LONG}=1` },
  { query: `?city=${enc('chicago\u0000')}` },
  { query: `?city=${enc('сhicago')}` }, // Cyrillic с
  { query: `?city=${enc('ＣＨＩＣＡＧＯ')}` },
  { query: `?city=${enc('😀')}&theme=${enc('🌚')}` },
  { query: `?city=${enc('\u202Eogacihc')}` },
  { query: `?city=%E0%A4%A` }, // broken percent-encoding
  { query: `?city=%` },
  { query: `?__proto__[city]=chicago` },
  { query: `?__proto__=x&constructor=y&prototype=z` },
  { query: `?city[]=chicago` },
  { query: `?city=dallas&city=${enc(SCRIPT)}`, opens: 'Dallas' },
  { query: `?city=${enc(SCRIPT)}&city=dallas` },
  { query: `?view=list&view=map&view=${enc(IMG)}` },
  { query: `?step=-1` },
  { query: `?step=0` },
  { query: `?step=999` },
  { query: `?step=NaN` },
  { query: `?step=1e309` },
  { query: `?step=Infinity&mode=present&mode=embed` },
  { query: `?city=houston` },
  { query: `?city=new%20york%20city` },
  { query: `?city=Atlanta` },
  { query: `?city=atlanta%20` },
  { query: `?city=atlanta&theme=neon&view=grid&lang=fr`, opens: 'Atlanta' },
  { query: `?theme=dark&lang=es&city=${enc(IMG)}` },
  { query: `?&&&==&city&=&` },
  { query: `?city=${enc('../../etc/passwd')}` },
  { query: `?city=${enc('{{constructor.constructor("window.__pwned=1")()}}')}` },
  { query: `?childId=${enc(SCRIPT)}&parentUrl=${enc('javascript:alert(1)')}` },
  { query: `#${enc(SCRIPT)}` },
];
