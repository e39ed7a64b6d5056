/**
 * The stylesheet that places the timeline's notes and ticks, generated at
 * build time from the content (scripts/content-plugin.ts serves it as
 * `virtual:timeline.css`), as the map's points are: one rule per partial
 * date, matched by the `datetime` of the `<time>` that each note and tick has.
 * The reader's browser gets numbers, not d3, and no inline `style`.
 *
 * Per date: `--f` where it starts and `--w` how long it lasts on the whole
 * axis, in percent (0 for a day, drawn as a point: `--pt: 1`); `--rf` and
 * `--rw` the same on the 2025–2026 axis, or `--rd: none` when it is not on it.
 * And each city's lane (`--lane`), in the order of the content.
 */
import { RECENT_DOMAIN, placements, timelineDomain } from './timeline-scale.ts';
import { monthTicks, yearTicks } from './timeline-ticks.ts';

export function timelineCss(dates: readonly (string | null)[], lanes: number): string {
  const keys = [
    ...new Set([...dates.filter((d) => d !== null), ...yearTicks(dates), ...monthTicks()]),
  ].sort();
  const whole = placements(keys, timelineDomain(dates));
  const recent = placements(keys, RECENT_DOMAIN);
  const n = (value: number) => String(Math.round(value * 100) / 100);
  const rules = keys.flatMap((key, i) => {
    const all = whole[i];
    const now = recent[i];
    // A month tick of 2025–2026 is off the whole axis if the notes end before it.
    const decls = all ? [`--f:${n(all.from)}`, `--w:${n(all.to - all.from)}`] : [];
    decls.push(now ? `--rf:${n(now.from)};--rw:${n(now.to - now.from)}` : '--rd:none');
    if ((all ?? now)?.precision === 'day') decls.push('--pt:1');
    return `.timeline [datetime='${key}']{${decls.join(';')}}`;
  });
  const laneRules = Array.from(
    { length: lanes },
    (_, i) => `.timeline__city:nth-of-type(${i + 1}){--lane:${i}}`,
  );
  return [`.timeline__body{--lanes:${lanes}}`, ...laneRules, ...rules, ''].join('\n');
}
