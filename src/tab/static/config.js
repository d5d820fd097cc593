// Saves the configurable tab through Teams; outside Teams the page keeps its explanation and direct links.
(function () {
  'use strict';
  var form = document.getElementById('tab-config');
  var outside = document.getElementById('outside-teams');
  if (!form || !outside || !window.handlekortTeams) return;

  function chosen() {
    return form.querySelector('input[name="page"]:checked');
  }

  window.handlekortTeams.then(function (context) {
    var teams = window.microsoftTeams;
    if (!context || !teams.pages || !teams.pages.config || !teams.pages.config.isSupported()) return;
    form.hidden = false;
    outside.hidden = true;
    var base = form.getAttribute('data-base-url') || window.location.origin;
    var municipality = form.getAttribute('data-municipality') || '';

    // When the tab is reconfigured, start from what it shows now.
    teams.pages.getConfig().then(function (current) {
      var contentUrl = (current && current.contentUrl) || '';
      form.querySelectorAll('input[name="page"]').forEach(function (input) {
        if (contentUrl.indexOf(input.value + '?') >= 0) input.checked = true;
      });
    }).catch(function () { /* a new tab has no configuration yet */ });

    teams.pages.config.registerOnSaveHandler(function (saveEvent) {
      var choice = chosen();
      var url = base + choice.value + '?municipality=' + encodeURIComponent(municipality);
      teams.pages.config.setConfig({
        contentUrl: url,
        websiteUrl: url,
        entityId: choice.getAttribute('data-entity-id'),
        suggestedDisplayName: choice.getAttribute('data-name'),
      }).then(function () {
        saveEvent.notifySuccess();
      }, function (error) {
        saveEvent.notifyFailure(String((error && error.message) || error));
      });
    });
    teams.pages.config.setValidityState(true);
  });
})();
