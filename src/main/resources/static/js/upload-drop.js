// Lets a person drop a file anywhere on the upload card instead of aiming at the file field. Convenience only: without
// this script the plain file field and submit button work as before, and the server checks every file either way.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.querySelector('form.ps-drop');
  if (!form) {
    return;
  }
  var input = form.querySelector('input[type=file]');
  var status = form.querySelector('.ps-drop-status');
  // The same extensions the field's own picker offers, so dropping takes no file the picker would hide.
  var extensions = input.accept.split(',')
    .map(function (entry) { return entry.trim().toLowerCase(); })
    .filter(function (entry) { return entry.charAt(0) === '.'; });

  // The texts come from the page, in the page's language; {0} and {1} are filled in here.
  function text(name, values) {
    return form.dataset[name].replace(/\{(\d)\}/g, function (placeholder, index) { return values[index]; });
  }

  // The browser words the unit in the page's language. Bytes are written out ("15 bytes"): their short form reads
  // as "15 byte".
  function size(bytes) {
    var units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'];
    var unit = 0;
    while (bytes >= 1000 && unit < units.length - 1) {
      bytes /= 1000;
      unit++;
    }
    return new Intl.NumberFormat(document.documentElement.lang || undefined, {
      style: 'unit', unit: units[unit], unitDisplay: unit === 0 ? 'long' : 'short',
      maximumFractionDigits: unit === 0 ? 0 : 1
    }).format(bytes);
  }

  function say(message, refused) {
    status.textContent = message;
    status.classList.toggle('text-danger', refused);
  }

  function showChosen() {
    var file = input.files[0];
    say(file ? text('dropChosen', [file.name, size(file.size)]) : '', false);
  }

  function accepted(file) {
    var name = file.name.toLowerCase();
    return extensions.some(function (extension) { return name.endsWith(extension); });
  }

  function highlight(event) {
    event.preventDefault();
    if (event.dataTransfer) {
      event.dataTransfer.dropEffect = 'copy';
    }
    form.classList.add('ps-drop-active');
  }

  form.addEventListener('dragenter', highlight);
  form.addEventListener('dragover', highlight);
  form.addEventListener('dragleave', function (event) {
    // Moving between the card's own label, field and button leaves one child for another, not the card.
    if (!form.contains(event.relatedTarget)) {
      form.classList.remove('ps-drop-active');
    }
  });
  form.addEventListener('drop', function (event) {
    // Also when dropped on the field itself, so a file the picker would not offer cannot get in that way.
    event.preventDefault();
    form.classList.remove('ps-drop-active');
    var files = event.dataTransfer ? event.dataTransfer.files : [];
    if (files.length !== 1) {
      say(text('dropNotOne', []), true);
    }
    else if (!accepted(files[0])) {
      say(text('dropRefused', [files[0].name]), true);
    }
    else {
      input.files = files;
      showChosen();
    }
  });
  input.addEventListener('change', showChosen);

  // A file dropped beside the card would otherwise replace the page, and with it the person's place in the flow.
  document.addEventListener('dragover', function (event) {
    if (!form.contains(event.target)) {
      event.preventDefault();
      if (event.dataTransfer) {
        event.dataTransfer.dropEffect = 'none';
      }
    }
  });
  document.addEventListener('drop', function (event) {
    event.preventDefault();
  });
});
