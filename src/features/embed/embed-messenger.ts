/**
 * The framed map's side of the embed protocol (protocol.ts), in two steps:
 * - `startHeightReports`, as soon as the page's script runs (before
 *   hydration): the host learns the frame's height from the prerendered
 *   page, which already has its final layout, and pym's `width` is answered;
 * - `startEmbedMessaging`, once the app is live: `ready`, the reader's city
 *   to the host, and the host's `select`/`clear` (which need the app).
 *
 * Heights are measured on <body>, whose height in embed mode depends only on
 * its content (no viewport units), so resizing the frame cannot feed back
 * into the height it reports.
 */
import { useAppStore } from '../../store/app-store';
import {
  OUR_SOURCE,
  ampHeight,
  wordPressMessage,
  wordPressSecret,
  parseHostMessage,
  pymMessage,
  safeChildId,
  type OwnMessage,
} from './protocol';

interface Reporter {
  parent: Window;
  childId: string | null;
  own: (message: OwnMessage) => void;
  sendHeight: (force?: boolean) => number;
  /** WordPress's secret for this frame, if it is one of WordPress's (protocol.ts). */
  wpSecret: string | null;
}

let reporter: Reporter | null = null;

function framed(): Window | null {
  const parent = window.parent;
  return parent && parent !== window ? parent : null;
}

/** Reports the content's height to the host on every change, from now on. Idempotent. */
export function startHeightReports(): Reporter | null {
  if (reporter) return reporter;
  const parent = framed();
  if (!parent) return null;
  const childId = safeChildId(new URLSearchParams(window.location.search).get('childId'));
  // Read once, here: the secret goes into no text, state, URL or request of ours.
  const wpSecret = wordPressSecret(window.location.hash);
  const post = (message: unknown) => parent.postMessage(message, '*');
  const own = (message: OwnMessage) => post(message);

  const measure = () => Math.ceil(document.body.getBoundingClientRect().height);
  let lastHeight = -1;
  const sendHeight = (force = false) => {
    const height = measure();
    if (force || height !== lastHeight) {
      lastHeight = height;
      if (childId) post(pymMessage(childId, 'height', String(height)));
      post(ampHeight(height));
      own({ source: OUR_SOURCE, type: 'height', height });
      if (wpSecret) post(wordPressMessage(wpSecret, 'height', height));
    }
    return lastHeight;
  };

  new ResizeObserver(() => sendHeight()).observe(document.body);
  // pym's parent asks with its width; the answer needs nothing from the app.
  window.addEventListener('message', (event) => {
    if (event.source !== parent) return;
    if (parseHostMessage(event.data, childId)?.type === 'width') sendHeight(true);
  });
  sendHeight(true);
  reporter = { parent, childId, own, sendHeight, wpSecret };
  return reporter;
}

/**
 * In a WordPress frame, asks WordPress to open `href` (an address on this
 * frame's own site) in the top window, which it does for a frame that has
 * focus and a link to the frame's own host: a frame sandboxed with
 * `allow-scripts` alone may open no window of its own. False elsewhere.
 */
export function openThroughHost(href: string): boolean {
  const live = startHeightReports();
  if (!live?.wpSecret) return false;
  const value = new URL(href, window.location.href).href;
  live.parent.postMessage(wordPressMessage(live.wpSecret, 'link', value), '*');
  return true;
}

/** Once the app is live: says it is ready, and trades city selections with the host. */
export function startEmbedMessaging(): () => void {
  const live = startHeightReports();
  if (!live) return () => {};
  const { parent, childId, own, sendHeight } = live;

  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent) return;
    const command = parseHostMessage(event.data, childId);
    if (command?.type === 'select') useAppStore.getState().selectCity(command.city);
    else if (command?.type === 'clear') useAppStore.getState().clearSelection();
  };
  window.addEventListener('message', onMessage);

  // A reader's choice only: a city opened by the frame's own link is not news to the host.
  const stopSelect = useAppStore.subscribe((state, previous) => {
    if (state.selectedCityId !== previous.selectedCityId && !state.selectedByLink) {
      own({ source: OUR_SOURCE, type: 'select', city: state.selectedCityId });
    }
  });

  // After the frame's own URL state (applied by the same commit's effects) has
  // rendered. A task, not an animation frame: browsers pause those in frames
  // scrolled out of view, and the host should hear `ready` anyway.
  const timer = window.setTimeout(() =>
    own({ source: OUR_SOURCE, type: 'ready', height: sendHeight() }),
  );

  return () => {
    window.clearTimeout(timer);
    window.removeEventListener('message', onMessage);
    stopSelect();
  };
}
