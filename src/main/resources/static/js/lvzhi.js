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
