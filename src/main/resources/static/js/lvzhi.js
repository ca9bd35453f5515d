// The collapsed navigation on small screens, without Bootstrap's script bundle.
document.addEventListener('click', function (event) {
  var toggle = event.target.closest('[data-toggle-target]');
  if (toggle) {
    document.querySelector(toggle.getAttribute('data-toggle-target')).classList.toggle('show');
  }
  var confirmable = event.target.closest('[data-confirm]');
  if (confirmable && !window.confirm(confirmable.getAttribute('data-confirm'))) {
    event.preventDefault();
  }
});
