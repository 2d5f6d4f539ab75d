// SPDX-License-Identifier: EUPL-1.2
// Suggestions while typing in the search box: progressive enhancement. Without this script
// the search form works the same; with it, a list of matching titles appears under the box.
(function () {
  'use strict';
  var input = document.querySelector('input[data-suggest]');
  if (!input || !window.fetch) { return; }
  var list = document.createElement('ul');
  list.id = 'suggestions';
  list.className = 'suggestions';
  // A plain list of links: no role="listbox", whose options would need arrow-key selection.
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

  // Forgets the suggestions still on their way: an answer to an earlier word comes too late.
  function forget_pending() {
    clearTimeout(timer);
    latest++;
  }

  input.addEventListener('input', function () {
    forget_pending();
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
    // Escape closes open suggestions only; the browser would also empty the search box.
    if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      forget_pending();
      clear();
    }
  });
})();
