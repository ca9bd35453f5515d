// The fragment of similar records (/search/similar) reads one text. An element that loads it names
// the form's fields in data-similar-text; their values are sent together as that text, whatever
// the fields are called in their own form.
document.addEventListener('htmx:configRequest', function (event) {
  var from = event.detail.elt.getAttribute('data-similar-text');
  if (!from) {
    return;
  }
  var parts = [];
  document.querySelectorAll(from).forEach(function (field) {
    if (field.value && field.value.trim()) {
      parts.push(field.value.trim());
    }
  });
  event.detail.parameters['text'] = parts.join('\n');
});
