// The designer's row edits are sent by htmx and swapped in place. When an answer cannot be swapped in (an error, a
// lost connection, a page without the form such as a sign-in page), the browser posts the form itself, as it would
// without JavaScript, and shows whatever the server answers: a press never seems to do nothing.
(function () {
  function inPlaceForm(event) {
    var elt = event.detail.requestConfig && event.detail.requestConfig.elt;
    return elt ? { elt: elt, form: elt.closest('form[data-in-place]') } : null;
  }

  function postTheWholeForm(request) {
    // A name field's refresh has no button: without one the server only re-renders the form.
    request.form.requestSubmit(request.elt.matches('button[type=submit]') ? request.elt : null);
  }

  document.addEventListener('htmx:beforeSwap', function (event) {
    var request = inPlaceForm(event);
    if (!request || !request.form) {
      return;
    }
    var answer = event.detail.serverResponse;
    if (event.detail.isError || typeof answer !== 'string' || answer.indexOf('id="' + request.form.id + '"') < 0) {
      event.detail.shouldSwap = false;
      postTheWholeForm(request);
    }
  });

  document.addEventListener('htmx:sendError', function (event) {
    var request = inPlaceForm(event);
    if (request && request.form) {
      postTheWholeForm(request);
    }
  });
})();
