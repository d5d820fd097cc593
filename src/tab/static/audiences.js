// Turns the audience links into a selector showing one audience at a time; without JS every audience stays on the page.
(function () {
  'use strict';
  var nav = document.querySelector('.audience-nav');
  var sections = Array.prototype.slice.call(document.querySelectorAll('.audience'));
  if (!nav || sections.length === 0) return;
  var links = Array.prototype.slice.call(nav.querySelectorAll('a[data-audience]'));

  function select(id) {
    sections.forEach(function (section) {
      section.hidden = section.id !== 'audience-' + id;
    });
    links.forEach(function (link) {
      if (link.getAttribute('data-audience') === id) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    });
  }

  function fromHash() {
    var match = /^#audience-(.+)$/.exec(window.location.hash);
    return match && document.getElementById('audience-' + match[1]) ? match[1] : null;
  }

  // The class switches off the CSS :target fallback, which would fight the hidden attributes.
  document.documentElement.classList.add('audiences-enhanced');
  links.forEach(function (link) {
    link.addEventListener('click', function (event) {
      event.preventDefault();
      var id = link.getAttribute('data-audience');
      select(id);
      window.history.replaceState(null, '', '#audience-' + id);
    });
  });
  window.addEventListener('hashchange', function () {
    var id = fromHash();
    if (id) select(id);
  });
  select(fromHash() || links[0].getAttribute('data-audience'));
})();
