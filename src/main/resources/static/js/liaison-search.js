// The search module's similar-records and routing-hint fragments take one text. An element that
// loads one names the fields to join into it (data-search-text) and the fields whose values must
// not travel in the link, the constituent's name and phone (data-search-strip).
document.addEventListener('htmx:configRequest', function (event) {
  var source = event.detail.elt.closest('[data-search-text]');
  if (!source) {
    return;
  }
  var values = function (selector) {
    return selector ? Array.prototype.map.call(document.querySelectorAll(selector), function (field) {
      return field.value.trim();
    }) : [];
  };
  var text = values(source.getAttribute('data-search-text')).join('\n');
  values(source.getAttribute('data-search-strip')).forEach(function (personal) {
    if (personal.length >= 2) {
      text = text.split(personal).join('＊');
    }
  });
  event.detail.parameters.text = text;
});

// A body of the routing hint, clicked, is put into the field the hint names (data-hint-fill).
document.addEventListener('click', function (event) {
  var hint = event.target.closest('[data-hint-fill] [data-value]');
  if (!hint) {
    return;
  }
  var field = document.querySelector(hint.closest('[data-hint-fill]').getAttribute('data-hint-fill'));
  var label = hint.querySelector('span');
  if (field && label) {
    field.value = label.textContent.trim();
    field.focus();
  }
});
