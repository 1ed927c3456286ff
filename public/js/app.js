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
  liveConditions();
  characterCounters();
});

// Questions whose condition depends on an answer on the same page: without JavaScript they are shown with
// the condition in words (the server ignores them when the condition is false); here they hide and show live.
function liveConditions() {
  var form = document.querySelector('form.survey-form');
  if (!form) return;
  var blocks = Array.prototype.slice.call(form.querySelectorAll('[data-show-if]'));
  if (!blocks.length) return;
  function facts(field) {
    var codes = [];
    var num = null;
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name !== field) return;
      if (el.type === 'radio' || el.type === 'checkbox') { if (el.checked) codes.push(el.value); }
      else if (el.value.trim() !== '') {
        var n = Number(el.value.replace(/\s/g, '').replace(',', '.'));
        if (!isNaN(n)) num = n;
      }
    });
    if (num === null && codes.length === 1 && /^-?\d+(\.\d+)?$/.test(codes[0])) num = Number(codes[0]);
    return { codes: codes, num: num };
  }
  var compare = {
    lt: function (a, b) { return a < b; }, lte: function (a, b) { return a <= b; }, gt: function (a, b) { return a > b; },
    gte: function (a, b) { return a >= b; }, eq: function (a, b) { return a === b; }, neq: function (a, b) { return a !== b; },
  };
  function holds(rule) {
    if ('known' in rule) return rule.known;
    var f = facts(rule.field);
    if (rule.op === 'in') return f.codes.some(function (c) { return rule.values.indexOf(c) >= 0; });
    return f.num !== null && compare[rule.op](f.num, rule.value);
  }
  function update() {
    blocks.forEach(function (block) {
      var c = JSON.parse(block.getAttribute('data-show-if'));
      var shown = c.mode === 'all' ? c.rules.every(holds) : c.rules.some(holds);
      block.hidden = !shown;
    });
  }
  form.addEventListener('change', update);
  form.addEventListener('input', update);
  update();
}

// "Du har 120 tecken kvar" under text areas with a limit (the limit itself is in the hint without JavaScript).
function characterCounters() {
  document.querySelectorAll('[data-count-for]').forEach(function (counter) {
    var field = document.getElementById(counter.getAttribute('data-count-for'));
    if (!field) return;
    var max = Number(field.getAttribute('data-maxlength'));
    var timer = null;
    function show() {
      var left = max - Array.from(field.value.replace(/\r\n/g, '\n')).length;
      counter.textContent = left >= 0 ? 'Du har ' + left + ' tecken kvar av ' + max + '.' : 'Du har ' + -left + ' tecken för mycket.';
    }
    field.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(show, 400); });
    show();
  });
}
