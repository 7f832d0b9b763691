// Names the browser's time zone to the server, so that a new upload reads times without an offset in the person's own
// zone. Without this script the field stays empty and the server reads them in UTC, as the options page then says.
document.querySelectorAll('input[data-browser-zone]').forEach(function (input) {
  try {
    input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
  }
  catch (ignored) {
    input.value = '';
  }
});
