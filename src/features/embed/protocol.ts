/**
 * The embed protocol (README, "Embedding"): what the framed map tells its
 * host page, in the three dialects hosts already speak, and the only
 * messages it accepts from the host.
 *
 * Out (posted to the parent with targetOrigin '*': nothing in them is secret):
 * - pym.js: `pymxPYMx{childId}xPYMxheightxPYMx{px}`
 * - AMP:    `{ sentinel: 'amp', type: 'embed-size', height }`
 * - ours:   `{ source: 'ice-cities-map', type: 'height' | 'ready' | 'select', ... }`
 * - WordPress (only with a `#?secret=` in the frame's address, which
 *   WordPress adds to an oEmbed frame): `{ secret, message: 'height', value }`
 *   and, for "Open the full map", `{ secret, message: 'link', value }`
 * In (anything else is ignored, never evaluated):
 * - ours:   `{ source: 'ice-cities-map-host', type: 'select', city }` or `{ ..., type: 'clear' }`
 * - pym.js: `pymxPYMx{childId}xPYMxwidthxPYMx{px}` (answered with a height)
 */
import { CITY_IDS, type CityId } from '../../content/city-ids';

export const OUR_SOURCE = 'ice-cities-map';
export const HOST_SOURCE = 'ice-cities-map-host';
const PYM = 'xPYMx';

export type OwnMessage =
  | { source: typeof OUR_SOURCE; type: 'height'; height: number }
  | { source: typeof OUR_SOURCE; type: 'ready'; height: number }
  | { source: typeof OUR_SOURCE; type: 'select'; city: CityId | null };

export function pymMessage(childId: string, type: string, payload: string): string {
  return ['pym', childId, type, payload].join(PYM);
}

export function ampHeight(height: number) {
  return { sentinel: 'amp', type: 'embed-size', height } as const;
}

/**
 * The secret WordPress appends to an oEmbed frame's address (`#?secret=…`):
 * letters and digits only, as WordPress makes them; anything else is no
 * secret, and the frame then speaks no WordPress.
 */
export function wordPressSecret(hash: string): string | null {
  const match = /^#\?(?:[^#]*&)?secret=([A-Za-z0-9]{1,64})(?:&[^#]*)?$/.exec(hash);
  return match ? match[1]! : null;
}

/** WordPress's own message (wp-embed.js): a height, or a link for the top window to follow. */
export function wordPressMessage(
  secret: string,
  message: 'height' | 'link',
  value: number | string,
) {
  return { secret, message, value } as const;
}

/** A pym.js childId as pym itself makes them: letters, digits, `-` and `_`, short. */
export function safeChildId(value: string | null): string | null {
  return value && /^[\w-]{1,64}$/.test(value) ? value : null;
}

export type HostCommand = { type: 'select'; city: CityId } | { type: 'clear' } | { type: 'width' };

/**
 * Validates a message from the host. Returns null for anything that is not
 * exactly one of the accepted shapes.
 */
export function parseHostMessage(data: unknown, childId: string | null): HostCommand | null {
  if (typeof data === 'string') {
    if (!childId || data.length > 200) return null;
    const parts = data.split(PYM);
    return parts.length === 4 && parts[0] === 'pym' && parts[1] === childId && parts[2] === 'width'
      ? { type: 'width' }
      : null;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const keys = Object.keys(data).sort().join(',');
  const message = data as Record<string, unknown>;
  if (message.source !== HOST_SOURCE) return null;
  if (message.type === 'clear' && keys === 'source,type') return { type: 'clear' };
  if (
    message.type === 'select' &&
    keys === 'city,source,type' &&
    typeof message.city === 'string' &&
    (CITY_IDS as readonly string[]).includes(message.city)
  ) {
    return { type: 'select', city: message.city as CityId };
  }
  return null;
}
