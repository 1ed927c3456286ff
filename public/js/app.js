// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', function () {
  // Move focus to the error summary after a failed submit (GOV.UK pattern).
  var summary = document.querySelector('[data-error-summary]');
  if (summary) summary.focus();
  // Confirm destructive actions.
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (e) {
      if (!window.confirm(form.getAttribute('data-confirm'))) e.preventDefault();
    });
  });
  // Table regions are focusable so keyboard users can scroll them; drop the tab stop where nothing scrolls.
  function tableStops() {
    document.querySelectorAll('.table-wrap:not([role])').forEach(function (wrap) {
      if (wrap.scrollWidth > wrap.clientWidth) wrap.setAttribute('tabindex', '0');
      else wrap.removeAttribute('tabindex');
    });
  }
  tableStops();
  window.addEventListener('resize', tableStops);
});
