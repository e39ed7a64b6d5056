/**
 * The framed map's side of the embed protocol (protocol.ts): tells the host
 * its height whenever the content's height changes, that it is ready, and
 * which city the reader opened; takes `select`/`clear` from the host.
 *
 * Heights are measured on <body>, whose height in embed mode depends only on
 * its content (no viewport units), so resizing the frame cannot feed back
 * into the height it reports.
 */
import { useAppStore } from '../../store/app-store';
import {
  OUR_SOURCE,
  ampHeight,
  parseHostMessage,
  pymMessage,
  safeChildId,
  type OwnMessage,
} from './protocol';

export function startEmbedMessaging(): () => void {
  const parent = window.parent;
  if (!parent || parent === window) return () => {};
  const childId = safeChildId(new URLSearchParams(window.location.search).get('childId'));
  const post = (message: unknown) => parent.postMessage(message, '*');
  const own = (message: OwnMessage) => post(message);

  const measure = () => Math.ceil(document.body.getBoundingClientRect().height);
  let lastHeight = -1;
  const sendHeight = (force = false) => {
    const height = measure();
    if (!force && height === lastHeight) return;
    lastHeight = height;
    if (childId) post(pymMessage(childId, 'height', String(height)));
    post(ampHeight(height));
    own({ source: OUR_SOURCE, type: 'height', height });
  };

  const observer = new ResizeObserver(() => sendHeight());
  observer.observe(document.body);

  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent) return;
    const command = parseHostMessage(event.data, childId);
    if (!command) return;
    if (command.type === 'width') sendHeight(true);
    else if (command.type === 'select') useAppStore.getState().selectCity(command.city);
    else useAppStore.getState().clearSelection();
  };
  window.addEventListener('message', onMessage);

  const stopSelect = useAppStore.subscribe((state, previous) => {
    if (state.selectedCityId !== previous.selectedCityId) {
      own({ source: OUR_SOURCE, type: 'select', city: state.selectedCityId });
    }
  });

  sendHeight(true);
  own({ source: OUR_SOURCE, type: 'ready', height: lastHeight });

  return () => {
    observer.disconnect();
    window.removeEventListener('message', onMessage);
    stopSelect();
  };
}
