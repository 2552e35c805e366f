// Library search in the browser, for the static export ('briefgen site'): reads ?q= and ?theme=,
// loads /search-index.json and shows only the matching briefs, by the live site's rules: every
// word in the brief's folded text, and a covered theme with that title. The live site does not use it.
(function () {
  "use strict";

  var MAX_QUERY_CHARS = 200;
  var list = document.querySelector("ol.briefs");
  var params = new URLSearchParams(window.location.search);
  var words = (params.get("q") || "").slice(0, MAX_QUERY_CHARS);
  var theme = (params.get("theme") || "").slice(0, MAX_QUERY_CHARS);
  if (!list || (!words && !theme)) return;

  function fold(text) {
    return text.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").split(/\s+/).filter(Boolean).join(" ");
  }

  var input = document.getElementById("q");
  if (input) input.value = words;
  var select = document.getElementById("theme");
  if (select) {
    for (var i = 0; i < select.options.length; i++) {
      if (fold(select.options[i].value) === fold(theme)) select.selectedIndex = i;
    }
  }

  fetch("/search-index.json")
    .then(function (response) { return response.json(); })
    .then(function (index) {
      var terms = fold(words).split(" ").filter(Boolean);
      var wanted = fold(theme);
      var matching = {};
      index.forEach(function (brief) {
        var ok = (!wanted || brief.themes.indexOf(wanted) >= 0) &&
          terms.every(function (term) { return brief.text.indexOf(term) >= 0; });
        if (ok) matching[brief.name] = true;
      });
      var cards = list.querySelectorAll("li.card");
      var shown = 0;
      cards.forEach(function (card) {
        var link = card.querySelector("h2 a");
        var name = link ? decodeURIComponent(link.getAttribute("href").split("/").pop()) : "";
        var show = matching[name] === true;
        card.hidden = !show;
        if (show) shown += 1;
      });
      var count = document.querySelector(".result-count");
      if (count) {
        count.textContent = shown + " of " + cards.length + " brief" + (cards.length !== 1 ? "s" : "") + " match";
      }
      if (!shown) {
        var empty = document.createElement("div");
        empty.className = "empty";
        empty.innerHTML = "<h2>No brief matches</h2><p>Try fewer words, or another theme. " +
          "<a href=\"/\">Show all briefs</a>.</p>";
        list.after(empty);
      }
    });
})();
