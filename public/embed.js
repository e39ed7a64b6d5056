/*
 * Host-page script for the ICE cities map embed. Load it once, with async:
 *   <iframe data-ice-map src="https://MAP-HOST/embed/" title="…" style="width:100%;border:0" height="640"></iframe>
 *   <script async src="https://MAP-HOST/embed.js"></script>
 * It keeps each such frame's height in step with its content, for any number
 * of frames on the page. Frames are matched by `event.source`, which also
 * works for sandboxed frames whose origin is "null"; only a number is read
 * from each message. No dependencies, nothing sent anywhere.
 */
(function () {
  'use strict';
  if (window.__iceMapEmbed) return;
  window.__iceMapEmbed = true;

  var SOURCE = 'ice-cities-map';

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-ice-map]'));
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.source !== SOURCE) return;
    if (data.type !== 'height' && data.type !== 'ready') return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 50 || height > 20000) return;
    var list = frames();
    for (var i = 0; i < list.length; i += 1) {
      if (list[i].contentWindow === event.source) {
        list[i].style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });
})();
