// Filters the contacts as you type: name, role, number or e-mail; digits match with or without spaces.
(function () {
  'use strict';
  var box = document.querySelector('.search');
  var input = document.getElementById('contact-search');
  var count = document.getElementById('search-count');
  var none = document.getElementById('no-match');
  if (!box || !input || !count || !none) return;
  var cards = Array.prototype.slice.call(document.querySelectorAll('.contact[data-search]'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('.contact-group'));

  // Spaces are dropped on both sides, so "39 57" finds 39575410; æ/ø/å fold so "doegnvagt" finds Døgnvagt.
  function fold(text) {
    return text.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa')
      .normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, '');
  }

  var haystacks = cards.map(function (card) { return fold(card.getAttribute('data-search') || ''); });

  function filter() {
    var query = fold(input.value);
    var shown = 0;
    cards.forEach(function (card, index) {
      var match = query === '' || haystacks[index].indexOf(query) >= 0;
      card.hidden = !match;
      if (match) shown += 1;
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector('.contact:not([hidden])');
    });
    none.hidden = shown > 0;
    count.textContent = query === '' ? '' : (count.getAttribute('data-template') || '')
      .replace('{shown}', String(shown)).replace('{total}', String(cards.length));
  }

  input.addEventListener('input', filter);
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && input.value !== '') {
      input.value = '';
      filter();
    }
  });
  box.hidden = false;
  filter();
})();
