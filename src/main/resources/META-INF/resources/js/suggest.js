// Progressive enhancement: completions for search boxes from /api/v1/suggest. Without this file
// the search boxes work exactly the same, minus the suggestions.
(function () {
  'use strict';
  var lang = document.documentElement.lang === 'ja' ? 'ja' : 'en';
  document.querySelectorAll('input[data-suggest]').forEach(function (input) {
    var list = document.getElementById(input.getAttribute('list'));
    if (!list || !window.fetch) {
      return;
    }
    var timer = null;
    var asked = '';
    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        var q = input.value.trim();
        if (q === asked) {
          return;
        }
        asked = q;
        if (!q) {
          list.replaceChildren();
          return;
        }
        fetch('/api/v1/suggest?lang=' + lang + '&q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) {
            if (q !== asked) {
              return;
            }
            list.replaceChildren.apply(list, data.suggestions.map(function (suggestion) {
              var option = document.createElement('option');
              option.value = suggestion.text;
              return option;
            }));
          })
          .catch(function () { /* Suggestions are a convenience: a failed request changes nothing. */ });
      }, 150);
    });
  });
})();
