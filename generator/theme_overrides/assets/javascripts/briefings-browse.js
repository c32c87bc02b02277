/* Filters for the home page and the timeline, and the "new" marks, all in the browser.
 *
 * Reads browse.json (one short record per briefing, newest first) and draws, inside each
 * <div class="briefings-browse">: filters by actor, theme, source and date, and a "new since"
 * date kept in this browser (localStorage). A filter replaces the page's own list with the
 * matching briefings of the whole collection. Briefings not seen on this browser's last
 * visit are marked "New". Seed text only ever reaches the page as textContent or as an
 * attribute value, never as markup.
 */
(function () {
  "use strict";
  var SEEN_KEY = "briefings-seen", SINCE_KEY = "briefings-new-since", SHOW = 100;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function store(key, value) {
    try { if (value === undefined) return localStorage.getItem(key); localStorage.setItem(key, value); }
    catch (e) { return null; }  // storage off: nothing is remembered
    return null;
  }
  function formatDate(iso) {
    if (!iso) return "Date unknown";
    var d = new Date(iso + "T00:00:00Z");
    return d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  }
  function counted(items, key) {
    var counts = new Map();
    items.forEach(function (b) {
      [].concat(b[key] || []).forEach(function (v) { if (v) counts.set(v, (counts.get(v) || 0) + 1); });
    });
    return Array.from(counts.entries()).sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); });
  }
  function field(form, label, control) {
    var wrap = el("label", { "class": "briefings-browse__field" });
    wrap.appendChild(el("span", {}, label));
    wrap.appendChild(control);
    form.appendChild(wrap);
    return control;
  }
  function select(name, entries, everything) {
    var s = el("select", { name: name });
    s.appendChild(el("option", { value: "" }, everything));
    entries.forEach(function (e) { s.appendChild(el("option", { value: e[0] }, e[0] + " (" + e[1] + ")")); });
    return s;
  }

  function setUp(box, items) {
    var root = box.getAttribute("data-root") || "";
    var seenBefore = store(SEEN_KEY), seen = seenBefore ? new Set(JSON.parse(seenBefore)) : null;
    var since = store(SINCE_KEY) || "";
    var isNew = function (b) {
      return (since && b.date && b.date >= since) || (seen !== null && !seen.has(b.id));
    };
    var form = el("form", { "class": "briefings-browse__form", role: "search", "aria-label": "Filter briefings" });
    var actorList = el("datalist", { id: "briefings-actors" });
    counted(items, "actors").slice(0, 2000).forEach(function (e) { actorList.appendChild(el("option", { value: e[0] })); });
    var actor = field(form, "Actor", el("input", { type: "search", name: "actor", list: "briefings-actors", placeholder: "Any actor", autocomplete: "off" }));
    form.appendChild(actorList);
    var theme = field(form, "Theme", select("theme", counted(items, "themes").filter(function (e) { return e[1] > 1; }), "Any theme"));
    var source = field(form, "Source", select("source", counted(items, "source"), "Any source"));
    var from = field(form, "From", el("input", { type: "date", name: "from" }));
    var to = field(form, "To", el("input", { type: "date", name: "to" }));
    var newSince = field(form, "New since", el("input", { type: "date", name: "since", value: since }));
    var onlyNew = el("input", { type: "checkbox", name: "new" });
    var newLabel = el("label", { "class": "briefings-browse__check" });
    newLabel.appendChild(onlyNew);
    newLabel.appendChild(document.createTextNode(" Only new"));
    form.appendChild(newLabel);
    var clear = el("button", { type: "reset", "class": "briefings-browse__clear" }, "Clear");
    form.appendChild(clear);
    var status = el("p", { "class": "briefings-browse__status", role: "status", "aria-live": "polite" });
    var results = el("ol", { "class": "briefings-browse__results" });
    box.appendChild(form);
    box.appendChild(status);
    box.appendChild(results);

    // the page's own list: from after the box to the end marker
    var own = [];
    for (var n = box.nextElementSibling; n && !n.classList.contains("briefings-list-end"); n = n.nextElementSibling) {
      if (n.tagName !== "SCRIPT") own.push(n);
    }
    markOwnList(own, items, isNew);

    function matches(b) {
      var a = actor.value.trim().toLowerCase();
      if (a && !(b.actors || []).some(function (x) { return x.toLowerCase().indexOf(a) !== -1; })) return false;
      if (theme.value && (b.themes || []).indexOf(theme.value) === -1) return false;
      if (source.value && b.source !== source.value) return false;
      if (from.value && !(b.date && b.date >= from.value)) return false;
      if (to.value && !(b.date && b.date <= to.value)) return false;
      if (onlyNew.checked && !isNew(b)) return false;
      return true;
    }
    var shown = null;
    function update(force) {
      // "change" also fires when a field loses focus: redrawing then would remove the link being clicked
      var state = JSON.stringify([actor.value.trim(), theme.value, source.value, from.value, to.value, onlyNew.checked, since]);
      if (state === shown && force !== true) return;
      shown = state;
      var active = actor.value.trim() || theme.value || source.value || from.value || to.value || onlyNew.checked;
      own.forEach(function (node) { node.hidden = !!active; });
      results.textContent = "";
      if (!active) { status.textContent = ""; return; }
      var hits = items.filter(matches);
      status.textContent = hits.length + " of " + items.length + " briefings match" + (hits.length > SHOW ? " (the newest " + SHOW + " shown)" : "");
      hits.slice(0, SHOW).forEach(function (b) {
        var li = el("li");
        var link = el("a", { href: root + "briefings/" + encodeURIComponent(b.id) + "/" }, b.title);
        li.appendChild(link);
        if (isNew(b)) li.appendChild(el("span", { "class": "briefing-new" }, "New"));
        li.appendChild(el("span", { "class": "briefings-browse__meta" },
          " · " + formatDate(b.date) + (b.source ? " · " + b.source : "")));
        results.appendChild(li);
      });
    }
    [actor, theme, source, from, to, onlyNew].forEach(function (c) {
      c.addEventListener("input", update);
      c.addEventListener("change", update);
    });
    newSince.addEventListener("change", function () {
      since = newSince.value;
      store(SINCE_KEY, since);
      markOwnList(own, items, isNew);
      update();
    });
    form.addEventListener("reset", function () { setTimeout(update, 0); });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    store(SEEN_KEY, JSON.stringify(items.map(function (b) { return b.id; })));  // for the next visit
  }

  function markOwnList(own, items, isNew) {
    var byId = new Map(items.map(function (b) { return [b.id, b]; }));
    own.forEach(function (node) {
      node.querySelectorAll("a[href*='briefings/']").forEach(function (a) {
        var m = /briefings\/([^/]+)\/?$/.exec(a.getAttribute("href"));
        var b = m && byId.get(decodeURIComponent(m[1]));
        var mark = a.parentNode.querySelector(".briefing-new");
        if (b && isNew(b) && !mark) a.parentNode.appendChild(el("span", { "class": "briefing-new" }, "New"));
        if (b && !isNew(b) && mark) mark.remove();
      });
    });
  }

  function start() {
    document.querySelectorAll(".briefings-browse").forEach(function (box) {
      var root = box.getAttribute("data-root") || "";
      fetch(root + "browse.json").then(function (r) { return r.json(); }).then(function (items) {
        setUp(box, items);
      }).catch(function () {
        box.appendChild(el("p", {}, "The filters could not be loaded."));
      });
    });
  }
  // browse.json (about 280 bytes a briefing) waits until the browser is idle: the search
  // index, fetched at page load too, comes first
  if (document.querySelector(".briefings-browse")) {
    if ("requestIdleCallback" in window) requestIdleCallback(start, { timeout: 1500 });
    else setTimeout(start, 200);
  }
})();
