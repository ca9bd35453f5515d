// The collapsed navigation on small screens, without Bootstrap's script bundle.
document.addEventListener('click', function (event) {
  var toggle = event.target.closest('[data-toggle-target]');
  if (toggle) {
    document.querySelector(toggle.getAttribute('data-toggle-target')).classList.toggle('show');
  }
  // A routing hint's unit button puts its value into the field it names.
  var fill = event.target.closest('[data-fill-target]');
  if (fill) {
    var field = document.querySelector(fill.getAttribute('data-fill-target'));
    if (field) {
      field.value = fill.getAttribute('data-fill-value');
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
  var confirmable = event.target.closest('[data-confirm]');
  if (confirmable && !window.confirm(confirmable.getAttribute('data-confirm'))) {
    event.preventDefault();
  }
});

// On a phone a list's rows show as cards (lvzhi.css): each cell is labelled with its column's
// heading. Tables with a head are lists, unless marked data-no-cards.
function lvzhiCards(root) {
  root.querySelectorAll('table').forEach(function (table) {
    if (table.hasAttribute('data-no-cards') || !table.tHead || table.tHead.rows.length !== 1) {
      return;
    }
    var headings = Array.prototype.map.call(table.tHead.rows[0].cells, function (th) {
      return th.textContent.trim();
    });
    table.classList.add('lvzhi-cards');
    var parts = Array.prototype.slice.call(table.tBodies);
    if (table.tFoot) {
      parts.push(table.tFoot);
    }
    parts.forEach(function (body) {
      Array.prototype.forEach.call(body.rows, function (row) {
        var column = 0;
        Array.prototype.forEach.call(row.cells, function (cell) {
          if (!cell.hasAttribute('data-label') && cell.colSpan === 1) {
            cell.setAttribute('data-label', headings[column] || '');
          }
          column += cell.colSpan;
        });
      });
    });
  });
}
document.addEventListener('DOMContentLoaded', function () {
  lvzhiCards(document);
});
// Parts of a page htmx puts in later get their labels too.
document.addEventListener('htmx:afterSettle', function () {
  lvzhiCards(document);
});
