// Draws every chart on the page from its embedded JSON config (no inline script; CSP allows only 'self').
// The table next to each chart holds the same numbers and is what screen readers use.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof window.Chart === 'undefined') return;
  document.querySelectorAll('script[type="application/json"][data-chart]').forEach(function (node) {
    var canvas = document.querySelector('[data-chart-target="' + node.getAttribute('data-chart') + '"]');
    if (!canvas) return;
    try {
      var config = JSON.parse(node.textContent || '{}');
      config.options = Object.assign({ responsive: true, maintainAspectRatio: false }, config.options || {});
      new window.Chart(canvas, config);
    } catch (e) {
      canvas.parentNode.hidden = true;
    }
  });
});
