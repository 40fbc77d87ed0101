/* The published catalogue: the list, the keyword box, the criteria boxes and each record's page.

   Data arrive by <script src>, since Chromium refuses fetch() of local files: data/records.js
   (RC.records: what the list and the boxes need) and data/details-0.js (the first records' other
   fields) with the page; then data/index.js (RC.index: the search index) once the first answer is
   drawn, and other details chunks (RC.details) when a page of results or a record shows them. Every text from a record reaches the page through
   textContent or an attribute set by the DOM, never through innerHTML, so a title holding
   "<script>" stays text. The state (keyword, ticks, sort, page, open record) lives in the address
   (#q=housing&country=TH), so a search can be bookmarked and shared, and Back works. */
(function () {
  "use strict";
  var RC = window.RC = window.RC || {};
  var D = null, IDX = null, started = false;
  var details = {loaded: {}, requested: {}, early: []};
  RC.records = function (data) { D = data; };
  RC.index = function (text) {
    IDX = text.split("\n");
    RC.searchReadyAt = performance.now();
    cache.q = null;                      // a search typed meanwhile is answered now
    textCache.clear();
    if (started && S.q) render();
  };
  RC.details = function (k, list) {
    if (!started) { details.early.push([k, list]); return; }
    var start = k * D.chunk;
    for (var j = 0; j < list.length; j++) {
      var r = D.records[start + j];
      if (r) for (var key in list[j]) r[key] = list[j][key];
    }
    details.loaded[k] = true;
    redrawSoon();
  };

  function loadScript(src) {
    var s = document.createElement("script");
    s.src = src;
    document.body.appendChild(s);
  }

  /* The details chunks holding these records, loaded if not yet; true if all are at hand. */
  function haveDetails(indexes) {
    var ready = true;
    indexes.forEach(function (i) {
      var k = Math.floor(i / D.chunk);
      if (details.loaded[k]) return;
      ready = false;
      if (!details.requested[k]) { details.requested[k] = true; loadScript("data/details-" + k + ".js"); }
    });
    return ready;
  }

  var redrawPending = false;
  function redrawSoon() {
    if (redrawPending) return;
    redrawPending = true;
    window.requestAnimationFrame(function () { redrawPending = false; renderView(); });
  }

  var PAGE_SIZE = 20, SHOWN = 8, FILTERED_SHOWN = 60;
  // name, record field, address key, heading; ``filter``: a box with a filter field.
  var FACETS = [
    {name: "type", field: "ty", param: "type", title: "fType", open: true},
    {name: "theme", field: "th", param: "theme", title: "fTheme", open: true},
    {name: "region", field: "rg", param: "region", title: "fRegion", open: false},
    {name: "country", field: "c", param: "country", title: "fCountry", open: true, filter: true},
    {name: "language", field: "l", param: "language", title: "fLanguage", open: false},
    {name: "organization", field: "o", param: "org", title: "fOrganization", open: false, filter: true},
    {name: "year", field: "y", param: "year", title: "fYear", open: true}
  ];
  var BY_NAME = {}, BY_PARAM = {};
  FACETS.forEach(function (f, i) { f.i = i; BY_NAME[f.name] = f; BY_PARAM[f.param] = f; });
  var COUNTRY = BY_NAME.country.i, REGION = BY_NAME.region.i;

  var S = {q: "", sel: [], sort: "latest", page: 1, rec: null};   // the state; sel[f]: Set of values
  var V = [];           // V[f] = per-record arrays of value indexes
  var LABELS = [], STORED = [], KEYS = [], KEY_INDEX = [];   // per facet: labels shown, as stored, address keys, folded key -> index
  var ui = {expanded: {}, regionOpen: {}, filter: {}, boxes: []};
  var cache = {q: null, terms: [], mask: null, order: {}};
  var lastHash = null;
  var byUid = null;

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  /* Text from a record: its own direction (an English title on an Arabic page, or the reverse). */
  function rtext(tag, cls, text) {
    var e = el(tag, cls, text);
    e.dir = "auto";
    return e;
  }

  // ---- data ------------------------------------------------------------------------------------
  function prepare() {
    var C = D.columns, n = C.u.length, recs = new Array(n);
    for (var i0 = 0; i0 < n; i0++) {
      var r0 = {u: C.u[i0], t: C.t[i0], th: C.th[i0], rg: C.rg[i0], rt: C.rt[i0], c: C.c[i0], l: C.l[i0], o: C.o[i0]};
      if (C.y[i0]) r0.y = C.y[i0];
      if (C.dt[i0]) r0.dt = C.dt[i0];
      if (C.ty[i0] >= 0) r0.ty = C.ty[i0];
      recs[i0] = r0;
    }
    D.records = recs;
    FACETS.forEach(function (f) {
      S.sel[f.i] = new Set();
      if (f.name === "year") return;
      var voc = D.facets[f.name] || {labels: [], keys: []}, own = voc.tr && voc.tr[RC.lang];
      // The names in the page's language where the app has them (ไทย on a Thai page), else as stored.
      LABELS[f.i] = own ? voc.labels.map(function (label, j) { return own[j] || label; }) : voc.labels;
      STORED[f.i] = voc.labels;
      KEYS[f.i] = voc.keys;
    });
    // Years: a vocabulary of their own, newest first, and "no year" last.
    var years = {}, list = [];
    for (var i = 0; i < n; i++) if (recs[i].y) years[recs[i].y] = true;
    Object.keys(years).forEach(function (y) { list.push(+y); });
    list.sort(function (a, b) { return b - a; });
    var yearIndex = {};
    list.forEach(function (y, j) { yearIndex[y] = j; });
    var Y = BY_NAME.year.i;
    LABELS[Y] = STORED[Y] = list.map(String).concat([RC.t("noYear")]);
    KEYS[Y] = list.map(String).concat(["none"]);
    var none = list.length;
    FACETS.forEach(function (f) {
      var out = new Array(n), field = f.field;
      for (var i = 0; i < n; i++) {
        var r = recs[i], v = r[field];
        if (f.name === "year") out[i] = [v ? yearIndex[v] : none];
        else if (f.name === "type") out[i] = v === undefined ? [] : [v];
        else out[i] = v || [];
      }
      V[f.i] = out;
      var index = new Map();
      KEYS[f.i].forEach(function (k, j) {
        index.set(RC.fold(k), j);
        [LABELS[f.i][j], STORED[f.i][j]].forEach(function (label) {
          if (!index.has(RC.fold(label))) index.set(RC.fold(label), j);
        });
      });
      KEY_INDEX[f.i] = index;
    });
  }

  // ---- keyword search --------------------------------------------------------------------------
  /* Words (all must match, any order), "exact phrases", -exclusions. A word matches the start of
     a word in the index (" hous" finds "housing"); a term in a script written without spaces
     matches anywhere, as the app's trigram search does. */
  function parseQuery(q) {
    var terms = [], re = /(-?)"([^"]*)"?|(\S+)/g, m;
    while ((m = re.exec(q))) {
      var neg = false, raw;
      if (m[2] !== undefined) { neg = m[1] === "-"; raw = m[2]; }
      else { raw = m[3]; if (raw.length > 1 && raw.charAt(0) === "-") { neg = true; raw = raw.slice(1); } }
      var words = RC.words(raw);
      if (!words) continue;
      var unspaced = RC.isUnspaced(words);
      terms.push({text: unspaced ? words : " " + words, neg: neg});
    }
    return terms;
  }

  /* The records whose index text has every term (and none of the excluded ones), in published
     order; null for no terms, "pending" while the index loads. Typing narrows: a query whose terms
     each contain a term of an earlier query (all of them positive) only looks among that query's
     hits, so "mig" -> "migr" scans the hits of "mig", not the catalogue. */
  var textCache = new Map(), TEXT_CACHE = 32;
  function textHits(terms) {
    if (!terms.length) return null;
    if (!IDX) return "pending";
    var key = terms.map(function (t) { return (t.neg ? "-" : "+") + t.text; }).join("\u0001");
    var found = textCache.get(key);
    if (found) return found;
    var base = null;
    textCache.forEach(function (hits, k) {
      if (base && hits.length >= base.length) return;
      var narrows = k.split("\u0001").every(function (o) {
        return o.charAt(0) === "+" && terms.some(function (t) { return !t.neg && t.text.indexOf(o.slice(1)) >= 0; });
      });
      if (narrows) base = hits;
    });
    var out = [], nt = terms.length, count = base ? base.length : IDX.length;
    for (var j = 0; j < count; j++) {
      var i = base ? base[j] : j, doc = IDX[i], ok = true;
      for (var t = 0; t < nt; t++) {
        if ((doc.indexOf(terms[t].text) >= 0) === terms[t].neg) { ok = false; break; }
      }
      if (ok) out.push(i);
    }
    found = Int32Array.from(out);
    textCache.set(key, found);
    if (textCache.size > TEXT_CACHE) textCache.delete(textCache.keys().next().value);
    return found;
  }

  // ---- results and counts ----------------------------------------------------------------------
  /* One pass over the records: a record that passes every box adds to every box's counts and to
     the results; one that fails exactly one box adds to that box's counts only. So each box's
     counts ignore its own ticks (OR inside a box, AND across boxes), as in the window. */
  function compute() {
    if (S.q !== cache.q) {
      cache.q = S.q;
      cache.terms = parseQuery(S.q);
      cache.mask = textHits(cache.terms);
    }
    var hits = cache.mask, nf = FACETS.length;
    if (hits === "pending") hits = [];      // the index is still loading: RC.index answers then
    var n = hits === null ? D.records.length : hits.length;
    var counts = [], active = [], flags = [];
    for (var f = 0; f < nf; f++) {
      counts[f] = new Int32Array(LABELS[f].length);
      if (S.sel[f].size) {
        var flag = new Uint8Array(LABELS[f].length);
        S.sel[f].forEach(function (v) { flag[v] = 1; });
        active.push(f);
        flags[f] = flag;
      }
    }
    var results = [], na = active.length;
    for (var j = 0; j < n; j++) {
      var i = hits === null ? j : hits[j];
      var fails = 0, failed = -1;
      for (var a = 0; a < na; a++) {
        var fa = active[a], vals = V[fa][i], flag2 = flags[fa], hit = false;
        for (var k = 0; k < vals.length; k++) if (flag2[vals[k]]) { hit = true; break; }
        if (!hit) { failed = fa; if (++fails > 1) break; }
      }
      if (fails > 1) continue;
      if (fails === 1) {
        var vs = V[failed][i], c = counts[failed];
        for (var k2 = 0; k2 < vs.length; k2++) c[vs[k2]]++;
        continue;
      }
      results.push(i);
      for (var f2 = 0; f2 < nf; f2++) {
        var vv = V[f2][i], cc = counts[f2];
        for (var k3 = 0; k3 < vv.length; k3++) cc[vv[k3]]++;
      }
    }
    return {results: sorted(results), counts: counts};
  }

  function rank(sort) {
    if (cache.order[sort]) return cache.order[sort];
    var recs = D.records, n = recs.length, ids = new Array(n), r = new Int32Array(n);
    for (var i = 0; i < n; i++) ids[i] = i;
    if (sort === "title") {
      var keys = recs.map(function (x) { return RC.fold(x.t).replace(/^[\s"'(\[{¿¡«»\-–—.]+/, ""); });
      var collator = new Intl.Collator(RC.lang, {sensitivity: "base", numeric: true});
      ids.sort(function (a, b) { return collator.compare(keys[a], keys[b]) || a - b; });
    } else if (sort === "year") {
      ids.sort(function (a, b) { return (recs[b].y || 0) - (recs[a].y || 0) || a - b; });
    }
    for (var j = 0; j < n; j++) r[ids[j]] = j;
    return (cache.order[sort] = r);
  }

  function sorted(results) {
    if (S.sort === "latest") return results;   // the published order is the catalogue's "latest"
    var r = rank(S.sort);
    return results.sort(function (a, b) { return r[a] - r[b]; });
  }

  // ---- the address -------------------------------------------------------------------------------
  function enc(s) { return encodeURIComponent(s).replace(/%20/g, "+"); }
  function dec(s) {
    try { return decodeURIComponent(s.replace(/\+/g, " ")); } catch (e) { return s; }
  }

  function hashFor(state) {
    var parts = [];
    if (state.q) parts.push("q=" + enc(state.q));
    FACETS.forEach(function (f) {
      Array.from(state.sel[f.i]).sort(function (a, b) { return a - b; }).forEach(function (v) {
        parts.push(f.param + "=" + enc(KEYS[f.i][v]));
      });
    });
    if (state.sort !== "latest") parts.push("sort=" + state.sort);
    if (state.page > 1) parts.push("page=" + state.page);
    if (state.rec) parts.push("r=" + enc(state.rec));
    return parts.join("&");
  }

  function readHash() {
    var text = window.location.hash.replace(/^#/, "");
    var state = {q: "", sel: FACETS.map(function () { return new Set(); }), sort: "latest", page: 1, rec: null};
    text.split("&").forEach(function (part) {
      if (!part) return;
      var eq = part.indexOf("="), key = eq < 0 ? part : part.slice(0, eq), value = eq < 0 ? "" : dec(part.slice(eq + 1));
      if (key === "q") state.q = value;
      else if (key === "sort" && (value === "title" || value === "year")) state.sort = value;
      else if (key === "page") state.page = Math.max(1, parseInt(value, 10) || 1);
      else if (key === "r") state.rec = value || null;
      else if (BY_PARAM[key]) {
        var f = BY_PARAM[key], found = KEY_INDEX[f.i].get(RC.fold(value));
        if (found !== undefined) state.sel[f.i].add(found);
      }
    });
    return state;
  }

  /* Write the state into the address: a new history entry for a click (Back undoes it), the same
     entry while typing. */
  function writeHash(push) {
    var hash = hashFor(S);
    if (hash === lastHash) return;
    lastHash = hash;
    var url = window.location.href.replace(/#.*$/, "") + (hash ? "#" + hash : "");
    try {
      if (push) window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    } catch (e) {
      window.location.replace(url);   // a browser that refuses history on file://
    }
  }

  function onAddressChange() {
    var hash = window.location.hash.replace(/^#/, "");
    if (hash === lastHash) return;
    if (hash && hash.indexOf("=") < 0 && document.getElementById(hash)) return;   // "#criteria": a place
    var state = readHash(), wasRecord = S.rec;
    S.q = state.q; S.sel = state.sel; S.sort = state.sort; S.page = state.page; S.rec = state.rec;
    lastHash = hashFor(S);
    syncControls();
    render();
    // A record opens at its top; back in the list, the reader is where they left it.
    if (S.rec && S.rec !== wasRecord) {
      if (!wasRecord) listScroll = window.scrollY;
      window.scrollTo(0, 0);
    } else if (!S.rec && wasRecord) {
      window.scrollTo(0, listScroll);
    }
  }
  var listScroll = 0;

  // ---- changing the state ------------------------------------------------------------------------
  function change(fn, push) {
    fn();
    writeHash(push);
    render();
  }

  function toggle(f, v) {
    change(function () {
      var s = S.sel[f];
      if (s.has(v)) s.delete(v); else s.add(v);
      S.page = 1; S.rec = null;
    }, true);
  }

  function clearAll() {
    change(function () {
      S.q = ""; S.sel.forEach(function (s) { s.clear(); }); S.page = 1; S.rec = null;
      syncControls();
    }, true);
  }

  function syncControls() {
    var q = $("q");
    if (q.value !== S.q && document.activeElement !== q) q.value = S.q;
    else if (RC.fold(q.value).trim() !== RC.fold(S.q).trim()) q.value = S.q;
    $("sort").value = S.sort;
  }

  // ---- rendering ---------------------------------------------------------------------------------
  function render() {
    var t0 = performance.now();
    var out = compute();
    var t1 = performance.now();
    renderBoxes(out.counts);
    renderChips();
    var t2 = performance.now();
    lastResults = out.results;
    renderView();
    var t3 = performance.now();
    RC.timings = {compute: t1 - t0, boxes: t2 - t1, list: t3 - t2};
    RC.lastRenderMs = t3 - t0;
    RC.lastResults = out.results.length;
  }

  var lastResults = [], listKey = "";
  function renderView() {
    if (S.rec) renderRecord(S.rec);
    else renderList(lastResults);
  }

  function labelOf(f, v) { return LABELS[f][v]; }

  /* A record's line under its title: type · date · countries, as nodes. The date is isolated
     (<bdi dir=ltr>) so an Arabic line does not reorder 2022-03-10 into 10-03-2022. */
  function recordMeta(r) {
    var bits = [];
    if (r.ty !== undefined) bits.push(document.createTextNode(labelOf(BY_NAME.type.i, r.ty)));
    if (r.dt) { var date = el("bdi", null, r.dt); date.dir = "ltr"; bits.push(date); }
    if (r.c && r.c.length) {
      var names = r.c.slice(0, 6).map(function (v) { return labelOf(COUNTRY, v); });
      bits.push(document.createTextNode(names.join(RC.t("comma")) + (r.c.length > 6 ? RC.t("comma") + "…" : "")));
    }
    if (!bits.length) return null;
    var p = rtext("p", "meta");
    bits.forEach(function (node, j) {
      if (j) p.appendChild(document.createTextNode(" · "));
      p.appendChild(node);
    });
    return p;
  }

  function orgNames(r) {
    var O = BY_NAME.organization.i;
    return (r.o || []).map(function (o) { return labelOf(O, o); }).join("; ");
  }

  function snippet(text, size) {
    if (!text) return "";
    text = text.replace(/\s+/g, " ");
    return text.length > size ? text.slice(0, size).replace(/\s+\S*$/, "") + "…" : text;
  }

  function recordHash(uid) {
    var saved = S.rec; S.rec = uid;
    var h = "#" + hashFor(S);
    S.rec = saved;
    return h;
  }

  function renderList(results) {
    $("record").hidden = true;
    $("list").hidden = false;
    $("pager").hidden = false;
    var total = results.length, pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    if (S.page > pages) S.page = pages;
    var start = (S.page - 1) * PAGE_SIZE, end = Math.min(total, start + PAGE_SIZE);
    var page = Array.prototype.slice.call(results, start, end);
    var ready = haveDetails(page);
    // The same page as already drawn (a keystroke that changed only other pages): nothing to do.
    var key = [total, S.page, pages, ready, cache.mask === "pending"].join("|") + "|" + page.join(",");
    document.title = D.title;
    if (key === listKey && !$("list").hidden) {
      Array.prototype.forEach.call($("list").querySelectorAll(".item-title a"), function (a) {
        a.href = recordHash(a.dataset.uid);      // the links carry the current search
      });
      return;
    }
    listKey = key;
    var status = $("status");
    status.textContent = "";
    if (cache.mask === "pending") {
      status.textContent = RC.t("loadingIndex");
    } else if (!total) {
      status.appendChild(el("span", null, RC.t("noMatch") + " "));
      var clear = el("button", "linkish", RC.t("clearCriteria"));
      clear.type = "button";
      clear.addEventListener("click", clearAll);
      status.appendChild(clear);
    } else {
      status.textContent = RC.t("showing", {a: start + 1, b: end, n: total});
    }
    var list = $("list"), frag = document.createDocumentFragment();
    list.start = start + 1;
    for (var i = start; i < end; i++) frag.appendChild(listItem(D.records[results[i]]));
    list.textContent = "";
    list.appendChild(frag);
    renderPager(pages);
  }

  function listItem(r) {
    var li = el("li", "item");
    var h = rtext("h3", "item-title"), a = el("a", null, r.t);
    a.href = recordHash(r.u);
    a.dataset.uid = r.u;
    h.appendChild(a);
    li.appendChild(h);
    var meta = recordMeta(r);
    if (meta) li.appendChild(meta);
    if (r.s) li.appendChild(rtext("p", "summary", snippet(r.s, 260)));
    var orgs = orgNames(r);
    if (orgs) li.appendChild(rtext("p", "orgs", orgs));
    if (r.f && r.f.length) {
      var files = el("p", "files");
      r.f.forEach(function (file) { files.appendChild(fileLink(file)); });
      li.appendChild(files);
    }
    return li;
  }

  function fileLink(file) {
    var a = el("a", "file", file.n);
    a.href = "files/" + file.p.split("/").map(encodeURIComponent).join("/");
    a.target = "_blank";
    a.rel = "noopener";
    if (file.z) a.title = file.n + " (" + sizeText(file.z) + ")";
    return a;
  }

  function sizeText(bytes) {
    if (bytes < 1024) return RC.number(bytes) + " B";
    if (bytes < 1048576) return RC.number(Math.round(bytes / 1024)) + " KB";
    return RC.number(Math.round(bytes / 104857.6) / 10) + " MB";
  }

  function renderPager(pages) {
    var nav = $("pager");
    nav.textContent = "";
    if (pages <= 1) return;
    function button(label, page, current, aria) {
      var b = el("button", current ? "page current" : "page", label);
      b.type = "button";
      if (aria) b.setAttribute("aria-label", aria);
      if (current) b.setAttribute("aria-current", "page");
      if (page === null) b.disabled = true;
      else b.addEventListener("click", function () {
        change(function () { S.page = page; }, true);
        $("results").focus({preventScroll: true});
        window.scrollTo(0, 0);
      });
      return b;
    }
    nav.appendChild(button(RC.t("previous"), S.page > 1 ? S.page - 1 : null, false));
    var shown = {}, want = [1, pages];
    for (var p = S.page - 2; p <= S.page + 2; p++) if (p >= 1 && p <= pages) want.push(p);
    want.sort(function (a, b) { return a - b; });
    var last = 0;
    want.forEach(function (p) {
      if (shown[p]) return;
      shown[p] = true;
      if (p - last > 1) nav.appendChild(el("span", "gap", "…"));
      nav.appendChild(button(RC.number(p), p, p === S.page, RC.t("page", {n: p})));
      last = p;
    });
    nav.appendChild(button(RC.t("next"), S.page < pages ? S.page + 1 : null, false));
  }

  // ---- one record ----------------------------------------------------------------------------------
  function criterionLink(f, v) {
    var state = {q: "", sel: FACETS.map(function () { return new Set(); }), sort: S.sort, page: 1, rec: null};
    state.sel[f].add(v);
    var a = el("a", null, labelOf(f, v));
    a.href = "#" + hashFor(state);
    return a;
  }

  /* A language's name in the page's own language where the browser knows it (Intl.DisplayNames),
     else the catalogue's name for it, else its code. */
  var displayNames = null;
  function languageName(code) {
    try {
      displayNames = displayNames || new Intl.DisplayNames([RC.lang], {type: "language"});
      var name = displayNames.of(code);
      if (name && name !== code) return name;
    } catch (e) { /* an old browser, or not a language code */ }
    var Lg = BY_NAME.language.i, li = KEY_INDEX[Lg].get(RC.fold(code));
    return li !== undefined ? labelOf(Lg, li) : code || "?";
  }

  function safeUrl(url) {
    return /^(https?:|mailto:)/i.test(String(url).trim()) ? String(url).trim() : null;
  }

  function renderRecord(uid) {
    if (!byUid) {
      byUid = new Map();
      D.records.forEach(function (r, i) { byUid.set(r.u, i); });
    }
    $("list").hidden = true;
    $("pager").hidden = true;
    $("status").textContent = "";
    var art = $("record");
    art.hidden = false;
    art.textContent = "";
    var back = el("a", "back", RC.t("back"));
    var saved = S.rec; S.rec = null;
    back.href = "#" + hashFor(S);
    S.rec = saved;
    art.appendChild(back);
    var i = byUid.get(uid);
    if (i === undefined) { art.appendChild(el("p", "notfound", RC.t("notFound"))); return; }
    haveDetails([i]);
    var r = D.records[i];
    art.appendChild(rtext("h2", "record-title", r.t));
    var dl = el("dl", "fields");
    function row(label, content) {
      if (content === null || content === undefined || content === "") return;
      if (Array.isArray(content) && !content.length) return;
      dl.appendChild(el("dt", null, RC.t(label)));
      var dd = rtext("dd");
      if (Array.isArray(content)) content.forEach(function (node, j) {
        if (j) dd.appendChild(document.createTextNode(RC.t("comma")));
        dd.appendChild(typeof node === "string" ? document.createTextNode(node) : node);
      });
      else if (typeof content === "string") dd.textContent = content;
      else dd.appendChild(content);
      dl.appendChild(dd);
    }
    function links(f, vals) { return (vals || []).map(function (v) { return criterionLink(f, v); }); }
    row("type", r.ty !== undefined ? criterionLink(BY_NAME.type.i, r.ty) : null);
    row("published", r.dt || "");
    row("authors", (r.a || []).join("; "));
    row("organizations", (r.o || []).map(function (o, j) {
      var span = el("span"), role = r.or && r.or[j];
      span.appendChild(criterionLink(BY_NAME.organization.i, o));
      if (role && role !== "author") span.appendChild(document.createTextNode(" (" + RC.t("role_" + role).replace(/^role_/, "") + ")"));
      return span;
    }));
    row("countries", links(COUNTRY, r.c));
    row("regions", links(REGION, r.rt));
    row("themes", links(BY_NAME.theme.i, r.th));
    row("languages", links(BY_NAME.language.i, r.l));
    row("keywords", (r.k || []).join(RC.t("comma")));
    var issue = [r.vo && RC.t("volume", {v: r.vo}), r.is && RC.t("issue", {v: r.is}), r.pg && RC.t("pageRange", {v: r.pg})];
    row("inContainer", [r.ct].concat(issue).filter(Boolean).join(RC.t("comma")));
    var linkNodes = [];
    var url = r.url && safeUrl(r.url);
    if (url) { var a = el("a", null, r.url); a.href = url; a.rel = "noopener noreferrer"; linkNodes.push(a); }
    else if (r.url) linkNodes.push(r.url);
    if (r.doi) {
      var d = el("a", null, "doi:" + r.doi);
      d.href = "https://doi.org/" + encodeURI(r.doi);
      d.rel = "noopener noreferrer";
      linkNodes.push(d);
    }
    if (r.isbn) linkNodes.push("ISBN " + r.isbn);
    row("links", linkNodes);
    row("reference", r.ref || "");
    row("files", (r.f || []).map(fileLink));
    row("alsoIn", (r.v || []).map(function (v) {
      var name = languageName(v.l || "");
      if (byUid.has(v.u)) { var link = el("a", null, name); link.href = recordHash(v.u); if (v.t) link.title = v.t; return link; }
      return name;
    }));
    art.appendChild(dl);
    if (r.s) {
      art.appendChild(el("h3", null, RC.t("summary")));
      r.s.split(/\n\s*\n/).forEach(function (para) { art.appendChild(rtext("p", "summary-full", para)); });
    }
    if (r.n) {
      art.appendChild(el("h3", null, RC.t("notes")));
      art.appendChild(rtext("p", "notes", r.n));
    }
    document.title = r.t + " · " + D.title;
  }

  // ---- criteria boxes ----------------------------------------------------------------------------
  function buildBoxes() {
    var host = $("boxes"), narrow = window.matchMedia("(max-width: 760px)").matches;
    FACETS.forEach(function (f) {
      var box = el("details", "box");
      box.open = f.open && !narrow;
      box.dataset.facet = f.name;
      box.addEventListener("toggle", function () {
        var b = ui.boxes[f.i];
        if (box.open && b && b.stale && lastCounts) renderBox(f, lastCounts);
      });
      var summary = el("summary");
      var title = el("span", "box-title", RC.t(f.title));
      var chosen = el("span", "chosen");
      summary.appendChild(title);
      summary.appendChild(chosen);
      box.appendChild(summary);
      var filter = null;
      if (f.filter) {
        filter = el("input", "filter");
        filter.type = "search";
        filter.placeholder = RC.t("filterValues");
        filter.setAttribute("aria-label", RC.t(f.title) + ": " + RC.t("filterValues"));
        filter.addEventListener("input", function () { ui.filter[f.i] = RC.words(filter.value); render(); });
        box.appendChild(filter);
      }
      var ul = el("ul", "values");
      box.appendChild(ul);
      var more = el("button", "linkish more");
      more.type = "button";
      more.addEventListener("click", function () { ui.expanded[f.i] = !ui.expanded[f.i]; render(); });
      box.appendChild(more);
      host.appendChild(box);
      ui.boxes[f.i] = {box: box, chosen: chosen, ul: ul, more: more};
    });
    host.addEventListener("change", function (e) {
      var t = e.target;
      if (t && t.dataset && t.dataset.f !== undefined) toggle(+t.dataset.f, +t.dataset.v);
    });
  }

  function valueRow(f, v, count) {
    var li = el("li", "value"), lab = el("label"), box = el("input");
    box.type = "checkbox";
    box.dataset.f = f;
    lab.appendChild(box);
    var row = {li: li, input: box, label: rtext("span", "label"), count: el("span", "count"), v: -1, n: -1};
    lab.appendChild(row.label);
    lab.appendChild(row.count);
    li.appendChild(lab);
    updateRow(row, f, v, count);
    return row;
  }

  function updateRow(row, f, v, count) {
    if (row.v !== v) {
      row.v = v;
      row.input.dataset.v = v;
      row.label.textContent = labelOf(f, v);
    }
    if (row.n !== count) { row.n = count; row.count.textContent = RC.number(count); }
    var checked = S.sel[f].has(v);
    if (row.input.checked !== checked) row.input.checked = checked;
    row.li.classList.toggle("zero", !count && !checked);
  }

  function ordered(f, counts) {
    var out = [], n = LABELS[f].length, sel = S.sel[f];
    for (var v = 0; v < n; v++) if (counts[v] > 0 || sel.has(v)) out.push(v);
    if (FACETS[f].name === "year") return out;            // newest first, "no year" last
    var labels = LABELS[f];
    return out.sort(function (a, b) {
      return (sel.has(b) - sel.has(a)) || (counts[b] - counts[a]) || (labels[a] < labels[b] ? -1 : labels[a] > labels[b] ? 1 : 0);
    });
  }

  /* Each box's rows are kept and updated in place (a keystroke changes counts, rarely the rows);
     a closed box is left alone until it is opened. */
  var lastCounts = null;
  function renderBoxes(counts) {
    lastCounts = counts;
    FACETS.forEach(function (f) { renderBox(f, counts); });
  }

  function renderBox(f, counts) {
    var b = ui.boxes[f.i], c = counts[f.i], sel = S.sel[f.i];
    b.chosen.textContent = sel.size ? " (" + RC.number(sel.size) + ")" : "";
    if (!b.box.open) { b.stale = true; return; }
    b.stale = false;
    var values = ordered(f.i, c), words = ui.filter[f.i];
    if (words) {
      values = values.filter(function (v) {
        return sel.has(v) || RC.fold(KEYS[f.i][v]) === words || [LABELS[f.i][v], STORED[f.i][v]].some(function (label) {
          return (" " + RC.words(label)).indexOf(" " + words) >= 0;
        });
      });
    }
    var limit = ui.expanded[f.i] ? values.length : words ? FILTERED_SHOWN : SHOWN;
    var shown = values.slice(0, limit);
    if (f.i === REGION) {         // regions carry their countries: drawn afresh (a few rows)
      var frag = document.createDocumentFragment();
      shown.forEach(function (v) {
        var li = valueRow(f.i, v, c[v]).li;
        if (D.members[v]) addMembers(li, v, counts[COUNTRY]);
        frag.appendChild(li);
      });
      b.ul.textContent = "";
      b.ul.appendChild(frag);
    } else {
      var rows = b.rows || (b.rows = []);
      shown.forEach(function (v, p) {
        var row = rows[p];
        if (!row) row = rows[p] = valueRow(f.i, v, c[v]);
        else updateRow(row, f.i, v, c[v]);
        if (row.li.parentNode !== b.ul) b.ul.appendChild(row.li);
      });
      for (var p = shown.length; p < rows.length; p++) if (rows[p].li.parentNode) b.ul.removeChild(rows[p].li);
    }
    b.more.hidden = values.length <= SHOWN || (!!words && !ui.expanded[f.i] && values.length <= limit);
    b.more.textContent = ui.expanded[f.i] ? RC.t("showFewer") : RC.t("showAll", {n: values.length});
    b.box.classList.toggle("empty", values.length === 0);
  }

  /* A region with its countries: a disclosure under the region lists the member countries found
     in the catalogue, each tickable in the country box. */
  function addMembers(li, region, countryCounts) {
    var members = D.members[region].filter(function (c) { return countryCounts[c] > 0 || S.sel[COUNTRY].has(c); });
    if (!members.length) return;
    var open = !!ui.regionOpen[region];
    var toggle = el("button", "disclose", open ? "▾" : "▸");
    toggle.type = "button";
    toggle.setAttribute("aria-expanded", String(open));
    toggle.setAttribute("aria-label", RC.t("showCountries", {name: labelOf(REGION, region)}));
    toggle.addEventListener("click", function () { ui.regionOpen[region] = !open; render(); });
    li.insertBefore(toggle, li.firstChild);
    li.classList.add("has-members");
    if (!open) return;
    var ul = el("ul", "members");
    members.sort(function (a, b) { return countryCounts[b] - countryCounts[a] || (labelOf(COUNTRY, a) < labelOf(COUNTRY, b) ? -1 : 1); });
    members.forEach(function (c) { ul.appendChild(valueRow(COUNTRY, c, countryCounts[c]).li); });
    li.appendChild(ul);
  }

  function renderChips() {
    var host = $("chips");
    host.textContent = "";
    FACETS.forEach(function (f) {
      S.sel[f.i].forEach(function (v) {
        var chip = el("button", "chip");
        chip.type = "button";
        chip.appendChild(el("span", "chip-facet", RC.t(f.title) + ": "));
        chip.appendChild(rtext("span", "chip-value", labelOf(f.i, v)));
        chip.appendChild(el("span", "chip-x", " ×"));
        chip.setAttribute("aria-label", RC.t("remove", {name: labelOf(f.i, v)}));
        chip.addEventListener("click", function () { toggle(f.i, v); });
        host.appendChild(chip);
      });
    });
    $("clear").hidden = !S.q && S.sel.every(function (s) { return !s.size; });
  }

  // ---- start -------------------------------------------------------------------------------------
  function translateStatic() {
    document.documentElement.lang = RC.lang;
    document.documentElement.dir = RC.dir;
    Array.prototype.forEach.call(document.querySelectorAll("[data-t]"), function (e) { e.textContent = RC.t(e.dataset.t); });
    Array.prototype.forEach.call(document.querySelectorAll("[data-tp]"), function (e) { e.placeholder = RC.t(e.dataset.tp); });
    Array.prototype.forEach.call(document.querySelectorAll("[data-ta]"), function (e) { e.setAttribute("aria-label", RC.t(e.dataset.ta)); });
    if (D.order === "list") {          // a reading list: its own order first
      $("sort").options[0].textContent = RC.t("sortList");
      $("intro").textContent = RC.t("introList");
    }
    // The title in its own direction, the date left to right (isolates: an Arabic footer would
    // otherwise draw 2026-12-04 as 04-12-2026).
    var date = "\u2066" + (D.published || "").slice(0, 10) + "\u2069";
    $("footer").textContent = RC.t("footer", {title: "\u2068" + D.title + "\u2069", n: D.count, date: date});
  }

  function start() {
    if (!D) {
      $("status").textContent = "The data file data/records.js is missing beside index.html.";
      return;
    }
    prepare();
    started = true;
    details.early.forEach(function (args) { RC.details(args[0], args[1]); });
    translateStatic();
    buildBoxes();
    var q = $("q");
    var hashTimer = 0;
    q.addEventListener("input", function () {
      S.q = q.value; S.page = 1; S.rec = null;
      render();
      // The address follows the typing once it pauses (writing it costs a few ms a keystroke).
      window.clearTimeout(hashTimer);
      hashTimer = window.setTimeout(function () { writeHash(false); }, 250);
    });
    q.addEventListener("keydown", function (e) {
      if (e.key === "Enter") { writeHash(true); $("results").focus({preventScroll: true}); }
    });
    $("sort").addEventListener("change", function () {
      var value = $("sort").value;
      change(function () { S.sort = value; S.page = 1; }, true);
    });
    $("clear").addEventListener("click", clearAll);
    [["to-criteria", "criteria"], ["skip", "results"]].forEach(function (pair) {
      var link = $(pair[0]);
      if (link) link.addEventListener("click", function (e) {
        e.preventDefault();
        var target = $(pair[1]);
        target.scrollIntoView();
        if (target.tabIndex < 0 && pair[1] === "results") target.focus({preventScroll: true});
      });
    });
    window.addEventListener("hashchange", onAddressChange);
    window.addEventListener("popstate", onAddressChange);
    var state = readHash();
    S.q = state.q; S.sel = state.sel; S.sort = state.sort; S.page = state.page; S.rec = state.rec;
    lastHash = window.location.hash.replace(/^#/, "");
    q.value = S.q;
    $("sort").value = S.sort;
    render();
    RC.readyAt = performance.now();
    document.documentElement.classList.add("ready");
    loadScript("data/index.js");        // the search index, after the first answer is drawn
  }

  RC.state = S;
  RC.render = render;
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
