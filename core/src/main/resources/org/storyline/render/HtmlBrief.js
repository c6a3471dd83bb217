// Shows and hides the cited passages the page already holds; builds no markup and loads nothing.
(function () {
  'use strict';
  var root = document.documentElement;
  root.classList.add('js');
  var pinned = null;
  var shown = null;

  function passageOf(marker) {
    var id = marker.getAttribute('data-passage');
    return id ? document.getElementById(id) : null;
  }

  function markersOf(passage) {
    return document.querySelectorAll('a.cite[data-passage="' + passage.id + '"]');
  }

  function setExpanded(passage, expanded) {
    var markers = markersOf(passage);
    for (var i = 0; i < markers.length; i++) {
      markers[i].setAttribute('aria-expanded', expanded ? 'true' : 'false');
    }
  }

  function show(passage) {
    if (shown === passage) {
      return;
    }
    if (shown) {
      shown.classList.remove('open');
      setExpanded(shown, false);
    }
    shown = passage;
    if (passage) {
      passage.classList.add('open');
      setExpanded(passage, true);
    }
  }

  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target.closest('a.cite, [data-close]') : null;
    if (!target) {
      return;
    }
    event.preventDefault();
    if (target.hasAttribute('data-close')) {
      pinned = null;
      show(null);
      return;
    }
    var passage = passageOf(target);
    pinned = pinned === passage ? null : passage;
    show(pinned);
  });

  document.addEventListener('mouseover', function (event) {
    var marker = event.target instanceof Element ? event.target.closest('a.cite') : null;
    if (marker) {
      show(passageOf(marker));
    }
  });

  document.addEventListener('mouseout', function (event) {
    var marker = event.target instanceof Element ? event.target.closest('a.cite') : null;
    if (marker && !(event.relatedTarget instanceof Element && marker.contains(event.relatedTarget))) {
      show(pinned);
    }
  });

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && shown) {
      pinned = null;
      show(null);
    }
  });
})();
