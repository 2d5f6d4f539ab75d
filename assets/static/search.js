// Suggestions while typing in the search box: progressive enhancement. Without this script
// the search form works the same; with it, a list of matching titles appears under the box.
(function () {
  'use strict';
  var input = document.querySelector('input[data-suggest]');
  if (!input || !window.fetch) { return; }
  var list = document.createElement('ul');
  list.id = 'suggestions';
  list.className = 'suggestions';
  list.setAttribute('role', 'listbox');
  list.hidden = true;
  input.parentNode.insertBefore(list, input.nextSibling);
  input.setAttribute('aria-controls', 'suggestions');
  input.setAttribute('aria-autocomplete', 'list');
  var timer = null;
  var latest = 0;

  function clear() {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    list.hidden = true;
  }

  function show(items) {
    clear();
    items.forEach(function (item) {
      var entry = document.createElement('li');
      var link = document.createElement('a');
      link.href = item.url;
      link.textContent = item.title;
      entry.appendChild(link);
      list.appendChild(entry);
    });
    list.hidden = items.length === 0;
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    var typed = input.value;
    if (typed.trim().length < 2) { clear(); return; }
    timer = setTimeout(function () {
      var asked = ++latest;
      fetch(input.getAttribute('data-suggest') + '?q=' + encodeURIComponent(typed), { credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (items) { if (asked === latest) { show(items); } })
        .catch(clear);
    }, 150);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') { clear(); }
  });
})();
