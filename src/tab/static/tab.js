// Follows the Teams theme and language; in a plain browser (or if Teams never answers) the page keeps its defaults.
(function () {
  'use strict';
  var root = document.documentElement;
  var THEMES = ['default', 'dark', 'contrast'];
  var TEAMS_TIMEOUT_MS = 4000;

  function applyTheme(theme) {
    root.setAttribute('data-theme', THEMES.indexOf(theme) >= 0 ? theme : 'default');
  }

  function langOf(locale) {
    return /^da\b/i.test(locale || '') ? 'da' : 'en';
  }

  // Resolves to the Teams context, or null outside Teams: initialize() rejects without a parent and may hang in a foreign frame.
  function connect() {
    var teams = window.microsoftTeams;
    if (!teams || !teams.app) return Promise.resolve(null);
    var timeout = new Promise(function (resolve) {
      setTimeout(function () { resolve(null); }, TEAMS_TIMEOUT_MS);
    });
    var context = teams.app.initialize().then(function () { return teams.app.getContext(); });
    return Promise.race([context, timeout]).catch(function () { return null; });
  }

  window.handlekortTeams = connect().then(function (context) {
    root.setAttribute('data-host', context ? 'teams' : 'browser');
    if (!context) return null;
    if (!root.hasAttribute('data-theme-fixed')) {
      applyTheme(context.app.theme);
      window.microsoftTeams.app.registerOnThemeChangeHandler(applyTheme);
    }
    var lang = langOf(context.app.locale);
    if (!root.hasAttribute('data-lang-fixed') && lang !== root.lang) {
      var url = new URL(window.location.href);
      url.searchParams.set('lang', lang);
      window.location.replace(url.toString());
    }
    return context;
  });
})();
