/* timeline's interactive page (MIT, part of timeline). Every text from the table reaches the page through
   textContent or a DOM text node, never as HTML. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("timeline-data").textContent);
  var rows = data.rows;
  var byId = {};
  rows.forEach(function (r) { byId[r.id] = r; });

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  // ---- the detail panel: the sentence with the time expression marked
  var detail = document.getElementById("detail");
  function show(id) {
    var r = byId[id];
    if (!r) return;
    detail.textContent = "";
    var p = el("p", "sentence");
    var s = r.sentence || r.event || "";
    var i = r.timex ? s.indexOf(r.timex) : -1;
    if (i >= 0) {
      p.appendChild(document.createTextNode(s.slice(0, i)));
      p.appendChild(el("mark", null, r.timex));
      p.appendChild(document.createTextNode(s.slice(i + r.timex.length)));
    } else {
      p.appendChild(document.createTextNode(s));
    }
    detail.appendChild(p);
    var dl = el("dl");
    [["Date", r.date], ["Event", r.event], ["Time expression", r.timex], ["TIMEX3 value", r.value],
     ["Interval", r.interval], ["Stated", r.asserted ? "yes" : "no: hypothetical, future or negated"],
     ["Subject", r.subject], ["Subject resolved from", r.resolved_from], ["Actors", r.actors.join("; ")],
     ["Document", r.doc], ["Source", r.source]]
      .forEach(function (kv) {
        if (kv[1] === undefined || kv[1] === null || kv[1] === "") return;
        dl.appendChild(el("dt", null, kv[0]));
        dl.appendChild(el("dd", null, kv[1]));
      });
    detail.appendChild(dl);
    detail.setAttribute("data-row", String(id));
  }

  // ---- the timeline
  var dated = rows.filter(function (r) { return r.start; });
  var items = new vis.DataSet();
  function itemFor(r, laneKey) {
    var c = el("span", null, r.label);
    c.setAttribute("data-row", String(r.id));
    var it = { id: r.id, content: c, start: r.start + "Z",
               className: "ev " + (r.asserted ? "stated" : "hypo") };
    if (!r.point) { it.end = r.end + "Z"; it.type = "range"; } else { it.type = "box"; }
    if (laneKey) it.group = r[laneKey];
    return it;
  }
  var pubs = data.pubs.map(function (p, k) {
    return { id: "pub-" + k, start: p.start + "Z", end: p.end + "Z", type: "background", className: "pub",
             content: el("span", null, p.label) };
  });
  var YEAR = 1000 * 60 * 60 * 24 * 365.25;
  var starts = dated.map(function (r) { return Date.parse(r.start + "Z"); }).sort(function (a, b) { return a - b; });
  var lo = starts.length ? starts[0] : 0;
  var hi = Math.max.apply(null, dated.map(function (r) { return Date.parse(r.end + "Z"); }).concat([lo]));
  var container = document.getElementById("timeline");
  var options = {
    zoomMin: 60 * 60 * 1000,                              // an hour
    zoomMax: Math.max(400 * YEAR, (hi - lo) * 1.5),       // centuries, or the whole table if longer
    moment: function (d) { return vis.moment(d).utc(); },
    stack: true, orientation: "top", margin: { item: 6 }, maxHeight: 640, tooltip: { followMouse: false },
    xss: { disabled: false },
    showCurrentTime: false
  };
  var view = new vis.DataView(items, { filter: visible });
  var timeline = new vis.Timeline(container, view, options);

  var laneSel = document.getElementById("lanes"), actorSel = document.getElementById("actor"),
      docSel = document.getElementById("doc");
  function visible(it) {
    if (typeof it.id === "string") return true;  // publication dates
    var r = byId[it.id];
    return (!actorSel.value || r.lane === actorSel.value || r.actors.indexOf(actorSel.value) >= 0) &&
           (!docSel.value || r.doc === docSel.value);
  }
  function rowVisible(r) { return visible({ id: r.id }); }

  function setLanes() {
    var key = laneSel.value === "actor" ? "lane" : (laneSel.value === "doc" ? "doc" : null);
    items.clear();
    items.add(pubs);
    items.add(dated.map(function (r) { return itemFor(r, key); }));
    if (key) {
      var seen = [], groups = new vis.DataSet();
      dated.forEach(function (r) { if (seen.indexOf(r[key]) < 0) seen.push(r[key]); });
      seen.forEach(function (g) { groups.add({ id: g, content: el("span", null, g || "(nobody named)") }); });
      timeline.setGroups(groups);
    } else {
      timeline.setGroups(null);
    }
  }
  function applyFilters() {
    view.refresh();
    Array.prototype.forEach.call(document.querySelectorAll("[data-row]"), function (e) {
      if (e.tagName === "TR" || e.tagName === "LI") e.hidden = !rowVisible(byId[e.getAttribute("data-row")]);
    });
  }
  laneSel.addEventListener("change", function () { setLanes(); applyFilters(); timeline.fit(); });
  actorSel.addEventListener("change", applyFilters);
  docSel.addEventListener("change", applyFilters);
  document.getElementById("fit").addEventListener("click", function () { timeline.fit(); });
  document.getElementById("zoom-in").addEventListener("click", function () { timeline.zoomIn(0.5); });
  document.getElementById("zoom-out").addEventListener("click", function () { timeline.zoomOut(0.5); });

  timeline.on("itemover", function (p) { if (typeof p.item === "number") show(p.item); });
  timeline.on("select", function (p) { if (p.items.length && typeof p.items[0] === "number") show(p.items[0]); });

  // ---- the table view and the vague list: keyboard and click select the same event
  Array.prototype.forEach.call(document.querySelectorAll("tr[data-row], li[data-row]"), function (e) {
    function pick() {
      var id = Number(e.getAttribute("data-row"));
      show(id);
      if (byId[id].start) timeline.setSelection([id], { focus: true });
    }
    e.addEventListener("click", pick);
    e.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); pick(); } });
  });

  setLanes();
  applyFilters();
  var ready = false;
  timeline.on("changed", function () {
    if (ready) return;
    ready = true;
    document.body.setAttribute("data-ready", "1");
  });
  // A table whose few outliers (an "11th century") stretch it far: open on where most events are
  // ("Show all" still fits everything).
  var n = starts.length;
  if (n >= 20) {
    var q0 = starts[Math.floor(0.05 * n)], q1 = starts[Math.floor(0.95 * n)];
    if ((q1 - q0) * 4 < hi - lo) {
      var pad = (q1 - q0) * 0.05 + 24 * 60 * 60 * 1000;
      timeline.setWindow(q0 - pad, q1 + pad, { animation: false });
      return;
    }
  }
  timeline.fit({ animation: false });
})();
