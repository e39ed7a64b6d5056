// Records every message the host page receives, for the tests to read.
window.__messages = [];
window.addEventListener('message', function (event) {
  window.__messages.push({ data: event.data, origin: event.origin });
});
