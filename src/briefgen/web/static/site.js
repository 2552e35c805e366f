// Brief library: citation passages in a dialog, and "/" to jump to the search box.
// Served from /static (the CSP allows no inline script); everything works without it.
(function () {
  "use strict";

  var dialog = document.getElementById("cite-dialog");
  if (dialog && typeof dialog.showModal === "function") {
    var body = document.getElementById("cite-dialog-body");
    var opener = null;

    document.addEventListener("click", function (event) {
      var link = event.target.closest ? event.target.closest("a[data-cite]") : null;
      if (!link) return;
      var passage = document.getElementById("passage-" + link.getAttribute("data-cite"));
      if (!passage) return; // no passage: follow the link to the source list
      event.preventDefault();
      body.replaceChildren(passage.content.cloneNode(true));
      opener = link;
      dialog.showModal();
    });

    dialog.addEventListener("click", function (event) {
      // A click on the backdrop lands on the dialog element itself.
      if (event.target === dialog || event.target.closest("[data-close]")) dialog.close();
    });

    dialog.addEventListener("close", function () {
      if (opener) opener.focus();
      opener = null;
    });
  }

  var search = document.getElementById("q");
  if (search) {
    document.addEventListener("keydown", function (event) {
      var target = event.target;
      var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        search.focus();
        search.select();
      }
    });
  }
})();
