(function () {
  "use strict";
  // kg's network page.  Reads the JSON data block, builds the vis-network
  // items (positions computed in Python, physics off), wires the filters, the
  // search box and the side panel.  Every string from the data reaches the
  // page through textContent, a DOM property or a vis-network plain-text
  // tooltip (innerText), never as HTML.
  var timing = {start: performance.now()};
  window.kgTiming = timing;

  var info = JSON.parse(document.getElementById("kg-data").textContent);
  var nodeInfo = info.nodes;
  var edgeInfo = info.edges;
  var N = nodeInfo.length;
  var E = edgeInfo.length;

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function fold(s) {
    return String(s).toLowerCase().replace(/đ/g, "d").normalize("NFD").replace(/[\u0300-\u036f]/g, "").trim();
  }

  // --- state and filtering -------------------------------------------------
  var state = {province: -1, country: -1, types: {}, yearFrom: null, yearTo: null, showAll: false, forced: {}};
  Object.keys(info.types).forEach(function (k) { state.types[k] = true; });
  var nodeOn = new Uint8Array(N);
  var edgeOn = new Uint8Array(E);
  var counts = {nodes: 0, edges: 0, candidates: 0};

  function edgePasses(i) {
    var e = edgeInfo[i];
    var partner = nodeInfo[e.t];
    if (state.province >= 0 && e.f !== state.province && e.t !== state.province) { return false; }
    if (!state.types[partner.k]) { return false; }
    if (state.country >= 0 && partner.c !== state.country) { return false; }
    if (state.yearFrom !== null || state.yearTo !== null) {
      var years = e.y || [];
      var ok = false;
      for (var j = 0; j < years.length; j++) {
        if ((state.yearFrom === null || years[j] >= state.yearFrom) &&
            (state.yearTo === null || years[j] <= state.yearTo)) { ok = true; break; }
      }
      if (!ok) { return false; }
    }
    return true;
  }

  function compute() {
    var pass = new Uint8Array(E);
    var candidate = new Uint8Array(N);
    var i, nCand = 0;
    for (i = 0; i < E; i++) {
      if (edgePasses(i)) {
        pass[i] = 1;
        candidate[edgeInfo[i].f] = 1;
        candidate[edgeInfo[i].t] = 1;
      }
    }
    for (i = 0; i < N; i++) { nCand += candidate[i]; }
    nodeOn.fill(0);
    if (state.showAll || nCand <= info.topN) {
      nodeOn.set(candidate);
    } else {
      var taken = 0;
      for (var r = 0; r < info.rank.length && taken < info.topN; r++) {
        if (candidate[info.rank[r]]) { nodeOn[info.rank[r]] = 1; taken++; }
      }
    }
    Object.keys(state.forced).forEach(function (id) { nodeOn[+id] = 1; });
    var nNodes = 0, nEdges = 0;
    for (i = 0; i < N; i++) { nNodes += nodeOn[i]; }
    for (i = 0; i < E; i++) {
      var e = edgeInfo[i];
      edgeOn[i] = pass[i] && nodeOn[e.f] && nodeOn[e.t] ? 1 : 0;
      nEdges += edgeOn[i];
    }
    counts = {nodes: nNodes, edges: nEdges, candidates: nCand};
  }
  compute();

  // --- vis-network items ------------------------------------------------------
  function clip(text, limit) {
    return text.length <= limit ? text : text.slice(0, limit - 1).trim() + "\u2026";
  }
  function nodeTitle(n) {
    var lines = [n.l, info.types[n.k].name];
    if (n.c !== undefined && n.k !== "ForeignCountry") { lines.push("Quốc gia / country: " + info.countries[n.c]); }
    lines.push(n.g + (n.k === "Province" ? " đối tác / partners" : " tỉnh / provinces"));
    lines.push("(bấm để xem chi tiết / click for details)");
    return lines.join("\n");
  }
  function edgeTitle(e) {
    var a = nodeInfo[e.f], b = nodeInfo[e.t];
    var lines = [a.l + " — " + b.l, info.edgeKinds[e.k].name];
    if (e.r.length) { lines.push("Quan hệ / relation: " + e.r.join(", ")); }
    lines.push("Bài báo / articles: " + e.n + (e.y ? " (" + e.y.join(", ") + ")" : ""));
    if (e.e.length) {
      var ev = info.evidence[e.e[0]];
      lines.push("", "\u201C" + clip(ev.s, 300) + "\u201D");
      if (ev.a !== undefined && info.articles[ev.a].t) { lines.push("   — " + clip(info.articles[ev.a].t, 160)); }
      if (e.e.length > 1) { lines.push("(+" + (e.e.length - 1) + " câu khác / more)"); }
    }
    return lines.join("\n");
  }
  var visNodes = new Array(N), visEdges = new Array(E);
  for (var ni = 0; ni < N; ni++) {
    var n = nodeInfo[ni], type = info.types[n.k];
    visNodes[ni] = {
      id: ni, label: clip(n.l, info.maxLabel), title: nodeTitle(n), x: n.x, y: n.y, size: n.s,
      borderWidth: n.k === "Province" ? 2 : 1, font: {size: type.font},
      color: {background: type.colour, border: "#333333",
              highlight: {background: type.colour, border: "#000000"},
              hover: {background: type.colour, border: "#000000"}}
    };
  }
  for (var ei = 0; ei < E; ei++) {
    var ed = edgeInfo[ei], colour = info.edgeKinds[ed.k].colour;
    visEdges[ei] = {
      id: ei, from: ed.f, to: ed.t, width: ed.w, title: edgeTitle(ed),
      color: {color: colour, highlight: colour, hover: colour, opacity: 0.85}
    };
  }
  var allNodes = new vis.DataSet(visNodes);
  var allEdges = new vis.DataSet(visEdges);
  var nodesView = new vis.DataView(allNodes, {filter: function (n) { return nodeOn[n.id] === 1; }});
  var edgesView = new vis.DataView(allEdges, {filter: function (e) { return edgeOn[e.id] === 1; }});
  var container = $("kg-network");
  var network = new vis.Network(container, {nodes: nodesView, edges: edgesView}, info.options);
  window.network = network;
  function fitView() {
    if (counts.nodes === 0) { return; }
    network.fit({animation: false});
    network.moveTo({scale: network.getScale() * 0.94});  // room for the labels at the edges
  }
  fitView();
  network.once("afterDrawing", function () {
    timing.drawn = performance.now();
    document.body.setAttribute("data-ready", "1");
  });

  function showCounts() {
    var text = " · hiện / shown: " + counts.nodes + " nút / nodes, " + counts.edges + " quan hệ / partnerships";
    if (!state.showAll && counts.candidates > info.topN) {
      text += " (top " + info.topN + " / " + counts.candidates + ")";
    }
    $("kg-shown").textContent = text;
  }

  function apply(fit) {
    compute();
    nodesView.refresh();
    edgesView.refresh();
    showCounts();
    if (fit) { fitView(); }
  }
  showCounts();

  // --- controls --------------------------------------------------------------
  var provinceSelect = $("kg-province");
  var countrySelect = $("kg-country");
  var yearFrom = $("kg-year-from");
  var yearTo = $("kg-year-to");
  var showAll = $("kg-show-all");
  var labels = $("kg-labels");

  function option(select, value, text) {
    var o = document.createElement("option");
    o.value = String(value);
    o.textContent = text;
    select.appendChild(o);
  }
  var provinces = [];
  for (var i = 0; i < N; i++) { if (nodeInfo[i].k === "Province") { provinces.push(i); } }
  provinces.sort(function (a, b) { return fold(nodeInfo[a].l) < fold(nodeInfo[b].l) ? -1 : 1; });
  provinces.forEach(function (id) { option(provinceSelect, id, nodeInfo[id].l + " (" + nodeInfo[id].g + ")"); });
  info.countries.forEach(function (c, idx) { option(countrySelect, idx, c); });
  info.years.forEach(function (y) { option(yearFrom, y, String(y)); option(yearTo, y, String(y)); });
  var frag = document.createDocumentFragment();
  var seenLabel = {};
  nodeInfo.forEach(function (n) {
    if (seenLabel[n.l]) { return; }
    seenLabel[n.l] = true;
    var o = document.createElement("option");
    o.value = n.l;
    frag.appendChild(o);
  });
  labels.appendChild(frag);
  if (N <= info.topN) { showAll.checked = true; showAll.disabled = true; }

  function readControls() {
    state.province = provinceSelect.value === "" ? -1 : +provinceSelect.value;
    state.country = countrySelect.value === "" ? -1 : +countrySelect.value;
    state.yearFrom = yearFrom.value === "" ? null : +yearFrom.value;
    state.yearTo = yearTo.value === "" ? null : +yearTo.value;
    state.showAll = showAll.checked;
    var boxes = document.querySelectorAll("input.kg-type");
    for (var b = 0; b < boxes.length; b++) { state.types[boxes[b].value] = boxes[b].checked; }
    state.forced = {};
  }
  [provinceSelect, countrySelect, yearFrom, yearTo, showAll].forEach(function (c) {
    c.addEventListener("change", function () { readControls(); apply(true); });
  });
  document.querySelectorAll("input.kg-type").forEach(function (c) {
    c.addEventListener("change", function () { readControls(); apply(true); });
  });
  $("kg-reset").addEventListener("click", function () {
    provinceSelect.value = ""; countrySelect.value = ""; yearFrom.value = ""; yearTo.value = "";
    if (!showAll.disabled) { showAll.checked = false; }
    document.querySelectorAll("input.kg-type").forEach(function (c) { c.checked = true; });
    $("kg-search").value = ""; $("kg-search-msg").textContent = "";
    readControls(); apply(true); hidePanel();
  });

  // --- search ------------------------------------------------------------------
  function findNode(text) {
    var q = fold(text);
    if (!q) { return -1; }
    var best = -1, bestScore = 4;
    for (var r = 0; r < info.rank.length; r++) {  // best-connected first
      var id = info.rank[r];
      var l = fold(nodeInfo[id].l);
      var score = l === q ? 0 : l.indexOf(q) === 0 ? 1 : l.indexOf(q) >= 0 ? 2 : 4;
      if (score < bestScore) { best = id; bestScore = score; if (score === 0) { break; } }
    }
    return best;
  }
  function focusNode(id) {
    if (!nodeOn[id]) { state.forced[id] = true; apply(false); }
    network.selectNodes([id]);
    network.focus(id, {scale: Math.max(network.getScale(), 1.1), animation: {duration: 400, easingFunction: "easeInOutQuad"}});
    showNode(id);
  }
  function search() {
    var msg = $("kg-search-msg");
    var id = findNode($("kg-search").value);
    if (id < 0) {
      msg.textContent = $("kg-search").value.trim() ? "Không tìm thấy / not found" : "";
      return;
    }
    msg.textContent = "";
    focusNode(id);
  }
  $("kg-search").addEventListener("change", search);
  $("kg-search").addEventListener("keydown", function (ev) { if (ev.key === "Enter") { ev.preventDefault(); search(); } });

  // --- side panel ------------------------------------------------------------------
  var panel = $("kg-panel");
  var body = $("kg-panel-body");
  function hidePanel() { panel.hidden = true; body.textContent = ""; }
  $("kg-panel-close").addEventListener("click", function () { hidePanel(); network.unselectAll(); });

  function section(title, count) {
    body.appendChild(el("h3", null, count === undefined ? title : title + " (" + count + ")"));
  }
  function nodeButton(id) {
    var b = el("button", "kg-link", nodeInfo[id].l);
    b.type = "button";
    b.addEventListener("click", function () { focusNode(id); });
    return b;
  }
  function edgeButton(i, text) {
    var b = el("button", "kg-link", text);
    b.type = "button";
    b.addEventListener("click", function () { network.selectEdges([i]); showEdge(i); });
    return b;
  }
  function list(items, limit, render) {
    var ul = el("ul");
    items.slice(0, limit).forEach(function (x) { var li = el("li"); render(li, x); ul.appendChild(li); });
    body.appendChild(ul);
    if (items.length > limit) {
      body.appendChild(el("p", "kg-sub", "+" + (items.length - limit) + " mục khác / more"));
    }
  }
  function renderAgreements(ids) {
    if (!ids || !ids.length) { return; }
    section("Thỏa thuận / agreements", ids.length);
    list(ids, 50, function (li, i) {
      var a = info.agreements[i];
      li.appendChild(el("div", null, a.l));
      var meta = [];
      if (a.st) { meta.push(a.st); }
      if (a.ps || a.pe) { meta.push("giai đoạn / period " + (a.ps || "?") + "–" + (a.pe || "?")); }
      if (a.d) { meta.push("ngày / date " + a.d); }
      if (a.p && a.p.length) { meta.push("bên / parties: " + a.p.join(", ")); }
      li.appendChild(el("div", "kg-sub", meta.join(" · ")));
      evidenceList(li, a.e, 3);
    });
  }
  function renderEvents(ids) {
    if (!ids || !ids.length) { return; }
    section("Sự kiện / events", ids.length);
    list(ids, 50, function (li, i) {
      var v = info.events[i];
      var meta = (v.d ? v.d + (v.i ? " (năm suy ra / inferred year)" : "") : "không rõ ngày / undated") + " · " + v.k;
      li.appendChild(el("div", "kg-sub", meta));
      if (v.l) { li.appendChild(el("div", null, v.l)); }
      if (v.p && v.p.length) { li.appendChild(el("div", "kg-sub", "với / with: " + v.p.join(", "))); }
      evidenceList(li, v.e, 2);
    });
  }
  function renderIndicators(ids) {
    if (!ids || !ids.length) { return; }
    section("Chỉ số / indicators", ids.length);
    list(ids, 80, function (li, i) {
      var x = info.indicators[i];
      var head = (x.t || "?") + ": " + (x.q ? x.q + " " : "") + (x.v || "?") + " " + (x.u || "");
      li.appendChild(el("div", null, head));
      var meta = [];
      if (x.p) { meta.push(x.p); }
      if (x.c) { meta.push("lũy kế / cumulative"); }
      if (x.z) { meta.push(x.z); }
      if (meta.length) { li.appendChild(el("div", "kg-sub", meta.join(" · "))); }
      evidenceList(li, x.e, 1);
    });
  }
  function source(ev) {
    var div = el("div", "kg-source");
    var art = ev.a === undefined ? null : info.articles[ev.a];
    if (!art) { return div; }
    div.appendChild(document.createTextNode("— "));
    var title = art.t || art.f || art.u || "";
    if (art.u && /^https?:\/\//i.test(art.u)) {
      var a = el("a", null, title);
      a.href = art.u;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      div.appendChild(a);
    } else {
      div.appendChild(el("span", null, title));
      if (art.f && art.t) { div.appendChild(el("span", null, " [" + art.f + "]")); }
    }
    var meta = [];
    if (art.s) { meta.push(art.s); }
    if (art.d) { meta.push(art.d); }
    if (meta.length) { div.appendChild(el("span", null, " (" + meta.join(", ") + ")")); }
    return div;
  }
  function evidenceList(parent, ids, limit) {
    if (!ids || !ids.length) { return; }
    var ul = el("ul", "kg-evidence");
    ids.slice(0, limit).forEach(function (i) {
      var ev = info.evidence[i];
      var li = el("li");
      li.appendChild(el("q", null, ev.s));
      li.appendChild(source(ev));
      ul.appendChild(li);
    });
    parent.appendChild(ul);
    if (ids.length > limit) { parent.appendChild(el("div", "kg-sub", "+" + (ids.length - limit) + " câu khác / more sentences")); }
  }
  function edgesOf(id) {
    var out = [];
    for (var i = 0; i < E; i++) { if (edgeInfo[i].f === id || edgeInfo[i].t === id) { out.push(i); } }
    out.sort(function (a, b) { return edgeInfo[b].n - edgeInfo[a].n || a - b; });
    return out;
  }
  function swatch(colour, cls) {
    var s = el("span", cls || "kg-swatch");
    s.style.background = colour;
    return s;
  }
  function openPanel() { panel.hidden = false; panel.scrollTop = 0; }

  function showNode(id) {
    var n = nodeInfo[id];
    body.textContent = "";
    var h = el("h2");
    h.appendChild(swatch(info.types[n.k].colour));
    h.appendChild(document.createTextNode(n.l));
    body.appendChild(h);
    var meta = info.types[n.k].name;
    if (n.c !== undefined && n.k !== "ForeignCountry") { meta += " · " + info.countries[n.c]; }
    body.appendChild(el("div", "kg-meta", meta));
    body.appendChild(el("div", "kg-sub", n.iri));
    var mine = edgesOf(id);
    section(n.k === "Province" ? "Đối tác / partnerships" : "Tỉnh / partnerships", mine.length);
    list(mine, 200, function (li, i) {
      var other = edgeInfo[i].f === id ? edgeInfo[i].t : edgeInfo[i].f;
      var ei = edgeInfo[i];
      li.appendChild(swatch(info.edgeKinds[ei.k].colour, "kg-line"));
      li.appendChild(nodeButton(other));
      var bits = [];
      if (ei.r.length) { bits.push(ei.r.join(", ")); }
      bits.push(ei.n + " bài / articles");
      if (ei.y) { bits.push(ei.y.join(", ")); }
      li.appendChild(document.createTextNode(" "));
      li.appendChild(edgeButton(i, "(" + bits.join(" · ") + ")"));
    });
    renderAgreements(n.a);
    renderEvents(n.v);
    renderIndicators(n.i);
    var ev = [], seen = {};
    mine.forEach(function (i) {
      edgeInfo[i].e.forEach(function (x) { if (!seen[x]) { seen[x] = true; ev.push(x); } });
    });
    if (ev.length) {
      section("Bằng chứng / evidence", ev.length);
      evidenceList(body, ev, 40);
    }
    openPanel();
  }

  function showEdge(i) {
    var ei = edgeInfo[i];
    body.textContent = "";
    var h = el("h2");
    h.appendChild(swatch(info.edgeKinds[ei.k].colour, "kg-line"));
    h.appendChild(document.createTextNode(nodeInfo[ei.f].l + " — " + nodeInfo[ei.t].l));
    body.appendChild(h);
    var p = el("div", "kg-meta");
    p.appendChild(nodeButton(ei.f));
    p.appendChild(document.createTextNode(" · "));
    p.appendChild(nodeButton(ei.t));
    body.appendChild(p);
    var meta = [info.edgeKinds[ei.k].name];
    if (ei.r.length) { meta.push("quan hệ / relation: " + ei.r.join(", ")); }
    meta.push(ei.n + " bài báo / articles");
    if (ei.y) { meta.push("năm / years: " + ei.y.join(", ")); }
    body.appendChild(el("div", "kg-meta", meta.join(" · ")));
    renderAgreements(ei.a);
    renderEvents(ei.v);
    section("Bằng chứng / evidence", ei.e.length);
    evidenceList(body, ei.e, 60);
    openPanel();
  }

  network.on("click", function (p) {
    if (p.nodes.length) { showNode(p.nodes[0]); }
    else if (p.edges.length) { showEdge(p.edges[0]); }
    else { hidePanel(); }
  });

  window.kg = {
    data: info,
    state: state,
    apply: apply,
    showNode: showNode,
    showEdge: showEdge,
    focusNode: focusNode,
    findNode: findNode,
    counts: function () { return {nodes: counts.nodes, edges: counts.edges, candidates: counts.candidates}; }
  };
})();
