/* Briefings: keyboard access to Material's header (issue 16). Added to every page by the
 * briefings plugin; on a theme upgrade, tests/test_a11y.py tells whether it still works.
 *
 * On a small screen Material's menu and search buttons are <label>s for hidden checkboxes:
 * Tab never reaches them, so the navigation drawer cannot be opened from the keyboard. Here
 * they become buttons (Tab, Enter, Space) that say whether they are open; the drawer takes
 * focus when it opens and Escape closes it, giving focus back to the menu button. The
 * search dialog gets a name. */
(function () {
  "use strict";
  var NAMES = { __drawer: "Menu", __search: "Search" };

  function buttonFor(label) {
    var toggle = document.getElementById(label.htmlFor);
    if (!toggle || !toggle.classList.contains("md-toggle") || label.hasAttribute("role")) return;
    var sync = function () { label.setAttribute("aria-expanded", String(toggle.checked)); };
    label.setAttribute("role", "button");
    label.setAttribute("tabindex", "0");
    label.setAttribute("aria-label", NAMES[label.htmlFor] || label.title || label.htmlFor);
    sync();
    toggle.addEventListener("change", sync);
    label.addEventListener("focus", sync);
    label.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      event.stopPropagation();  /* Material clicks a focused label on Enter too: once only */
      label.click();
      sync();
      if (toggle.id === "__drawer" && toggle.checked) {
        var first = document.querySelector(".md-sidebar--primary a[href]");
        if (first) setTimeout(function () { first.focus(); }, 0);
      }
    });
  }

  function setup() {
    document.querySelectorAll("label.md-header__button[for]").forEach(buttonFor);
    var dialog = document.querySelector(".md-search[role=dialog]");
    if (dialog && !dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", "Search");
  }

  document.addEventListener("keydown", function (event) {
    var drawer = document.getElementById("__drawer");
    if (event.key !== "Escape" || !drawer || !drawer.checked) return;
    drawer.checked = false;
    drawer.dispatchEvent(new Event("change"));
    var menu = document.querySelector("label.md-header__button[for=__drawer]");
    if (menu) menu.focus();
  });

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setup);  /* Material's page loads, instant navigation too */
  } else {
    setup();
  }
})();
