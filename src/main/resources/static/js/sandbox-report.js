// Sorts the sandbox report's tables when a column header button is pressed: numbers and dates by value, text by locale.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('table.sandbox-sortable .sandbox-sort').forEach(function (button) {
    button.addEventListener('click', function () {
      var header = button.closest('th');
      var table = button.closest('table');
      var body = table.tBodies[0];
      var index = Number(button.dataset.column);
      var type = button.dataset.type;
      var ascending = header.getAttribute('aria-sort') !== 'ascending';
      table.querySelectorAll('thead th').forEach(function (th) { th.setAttribute('aria-sort', 'none'); });
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var numeric = type === 'INT64' || type === 'DOUBLE' || type === 'DECIMAL';
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[index].textContent;
        var y = b.cells[index].textContent;
        var order = numeric ? (Number(x) - Number(y)) : x.localeCompare(y);
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
