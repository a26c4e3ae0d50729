// eventwire dashboard: map, timeline, event table and article evidence.
// Articles are untrusted input: every piece of data goes into the page as textContent
// or an attribute value set with setAttribute, never parsed as markup.
'use strict';

const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const MODALITIES = ['asserted', 'future', 'intended', 'hypothetical', 'negated', 'claimed', 'requested'];
// Cooperative types in greens/blues, verbal conflict in oranges, material conflict in reds.
const COLORS = {
  AGREE: '#1b9e77', CONSULT: '#66c2a5', SUPPORT: '#3288bd', CONCEDE: '#5e4fa2', COOPERATE: '#2c7fb8',
  AID: '#41ab5d', RETREAT: '#9e9ac8', REQUEST: '#8c96c6', ACCUSE: '#fdae61', REJECT: '#f46d43',
  THREATEN: '#e6550d', PROTEST: '#d6616b', SANCTION: '#a6761d', MOBILIZE: '#b15928', COERCE: '#c51b7d', ASSAULT: '#a50026',
};
const PAGE = 200;
const MAP_W = 1000, MAP_H = 400, LAT_TOP = 84, LAT_BOTTOM = -58;

const $ = (id) => document.getElementById(id);
const SVGNS = $('map').namespaceURI;  // the inline <svg>'s own namespace

const state = { filters: {}, offset: 0, total: 0, events: [], selected: null, article: null, view: [0, 0, MAP_W, MAP_H], world: null };

// ---------- small DOM helpers (text only) ----------
function el(tag, cls, text) {
  const n = document.createElement(tag);
  if (cls) n.className = cls;
  if (text !== undefined && text !== null) n.textContent = String(text);
  return n;
}
function sv(tag, attrs) {
  const n = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) n.setAttribute(k, String(v));
  return n;
}
function svTitle(node, text) { const t = sv('title'); t.textContent = String(text); node.appendChild(t); return node; }
function color(type) { return COLORS[type] || '#777'; }
function keyOf(e) { return e.content_hash + '/' + e.event_id; }
function setStatus(text, isError) { const s = $('status'); s.textContent = text; s.classList.toggle('error', !!isError); }

// ---------- API ----------
async function api(path, params, retried) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== '' && v !== null && v !== undefined) qs.set(k, String(v));
  const headers = {};
  const token = sessionStorage.getItem('eventwire-token');
  if (token) headers.Authorization = 'Bearer ' + token;
  const res = await fetch(path + (qs.toString() ? '?' + qs : ''), { headers, credentials: 'same-origin' });
  if ((res.status === 401 || res.status === 403) && !retried) {
    const given = window.prompt('This server needs a token to read events:');
    if (given) { sessionStorage.setItem('eventwire-token', given); return api(path, params, true); }
  }
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) throw new Error((body && body.error) || ('HTTP ' + res.status));
  return body;
}

// ---------- map ----------
function project(lon, lat) {
  return [(lon + 180) / 360 * MAP_W, (LAT_TOP - lat) / (LAT_TOP - LAT_BOTTOM) * MAP_H];
}

// TopoJSON (quantized, delta-encoded arcs) to SVG path data, no library needed.
function topoPaths(topo, objectName) {
  const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
  function ring(indexes) {
    const pts = [];
    for (const i of indexes) {
      const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      a.forEach((p, k) => { if (k > 0 || pts.length === 0) pts.push(p); });
    }
    return pts;
  }
  function ringPath(pts) {
    let d = '', prevLon = null;
    pts.forEach(([lon, lat]) => {
      const [x, y] = project(lon, Math.max(LAT_BOTTOM - 2, Math.min(LAT_TOP + 2, lat)));
      const jump = prevLon !== null && Math.abs(lon - prevLon) > 180;  // crossing the antimeridian: lift the pen
      d += (d === '' || jump ? 'M' : 'L') + x.toFixed(1) + ',' + y.toFixed(1);
      prevLon = lon;
    });
    return d + 'Z';
  }
  const out = [];
  for (const g of topo.objects[objectName].geometries) {
    const polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    const d = polys.map((rings) => rings.map((r) => ringPath(ring(r))).join('')).join('');
    if (d) out.push({ name: (g.properties && g.properties.name) || '', d });
  }
  return out;
}

async function drawWorld() {
  const res = await fetch('/static/countries-110m.json');
  const topo = await res.json();
  const g = $('countries');
  for (const c of topoPaths(topo, 'countries')) {
    g.appendChild(svTitle(sv('path', { d: c.d, class: 'country', 'fill-rule': 'evenodd' }), c.name));
  }
  g.setAttribute('data-loaded', String(g.childElementCount));
}

function setView(v) {
  state.view = v;
  $('map').setAttribute('viewBox', v.map((n) => n.toFixed(2)).join(' '));
  drawMarkers();
}

function drawMarkers() {
  const g = $('markers');
  g.replaceChildren();
  const scale = state.view[2] / MAP_W;  // map units per screen-ish unit at this zoom
  const radius = 6 * scale, cell = 14 * scale;
  const groups = new Map();
  for (const e of state.events) {
    if (typeof e.lat !== 'number' || typeof e.lon !== 'number') continue;
    const [x, y] = project(e.lon, e.lat);
    const key = Math.round(x / cell) + ':' + Math.round(y / cell);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push({ e, x, y });
  }
  for (const members of groups.values()) {
    const x = members.reduce((s, m) => s + m.x, 0) / members.length;
    const y = members.reduce((s, m) => s + m.y, 0) / members.length;
    const counts = {};
    members.forEach((m) => { counts[m.e.type] = (counts[m.e.type] || 0) + 1; });
    const top = Object.keys(counts).sort((a, b) => counts[b] - counts[a])[0];
    const isSel = members.some((m) => state.selected && keyOf(m.e) === state.selected);
    const r = members.length > 1 ? radius * (1.3 + Math.min(1.5, Math.log10(members.length))) : radius;
    const c = sv('circle', { cx: x, cy: y, r, fill: color(top), class: 'marker' + (isSel ? ' selected' : '') });
    // hooks for tests and scripts: what this marker stands for
    c.setAttribute('data-event', keyOf(members[0].e));
    c.setAttribute('data-events', members.map((m) => keyOf(m.e)).join(' '));
    c.setAttribute('data-count', String(members.length));
    c.setAttribute('data-types', [...new Set(members.map((m) => m.e.type))].join(' '));
    c.setAttribute('data-places', [...new Set(members.flatMap((m) => [m.e.place_name, m.e.location && m.e.location.text]).filter(Boolean))].join('|'));
    const lines = members.slice(0, 12).map((m) => `${m.e.event_date || '?'} ${m.e.type} ${m.e.trigger ? m.e.trigger.text : ''} — ${m.e.place_name || ''}`);
    if (members.length > 12) lines.push(`… and ${members.length - 12} more`);
    const spread = Math.max(...members.map((m) => Math.hypot(m.x - x, m.y - y)));
    if (members.length > 1 && spread < 0.01) lines.push('(one place: each click shows the next event)');
    svTitle(c, lines.join('\n'));
    c.addEventListener('click', (ev) => {
      ev.stopPropagation();
      if (members.length > 1 && spread >= 0.01 && state.view[2] > 40) {  // a cluster of nearby events: zoom in on it
        const w = state.view[2] / 3, h = state.view[3] / 3;
        setView([x - w / 2, y - h / 2, w, h]);
      } else {  // one event, or events at one spot that no zoom would part: each click selects the next
        const at = members.findIndex((m) => keyOf(m.e) === state.selected);
        selectEvent(members[(at + 1) % members.length].e);
      }
    });
    g.appendChild(c);
    if (members.length > 1) {
      const t = sv('text', { x, y, class: 'cluster-label', 'font-size': 9 * scale });
      t.textContent = String(members.length);
      g.appendChild(t);
    }
  }
}

function enableZoomPan() {
  const map = $('map');
  const toMap = (ev) => {
    const r = map.getBoundingClientRect();
    return [state.view[0] + (ev.clientX - r.left) / r.width * state.view[2], state.view[1] + (ev.clientY - r.top) / r.height * state.view[3]];
  };
  map.addEventListener('wheel', (ev) => {
    ev.preventDefault();
    const [mx, my] = toMap(ev);
    const f = ev.deltaY < 0 ? 0.8 : 1.25;
    const w = Math.min(MAP_W, Math.max(15, state.view[2] * f)), k = w / state.view[2];
    const h = state.view[3] * k;
    setView([mx - (mx - state.view[0]) * k, my - (my - state.view[1]) * k, w, h]);
  }, { passive: false });
  let drag = null;
  map.addEventListener('pointerdown', (ev) => { drag = { x: ev.clientX, y: ev.clientY, v: state.view.slice() }; map.classList.add('dragging'); });
  window.addEventListener('pointerup', () => { drag = null; map.classList.remove('dragging'); });
  window.addEventListener('pointermove', (ev) => {
    if (!drag) return;
    const r = map.getBoundingClientRect();
    const dx = (ev.clientX - drag.x) / r.width * drag.v[2], dy = (ev.clientY - drag.y) / r.height * drag.v[3];
    state.view = [drag.v[0] - dx, drag.v[1] - dy, drag.v[2], drag.v[3]];
    map.setAttribute('viewBox', state.view.join(' '));
  });
  map.addEventListener('dblclick', () => setView([0, 0, MAP_W, MAP_H]));
}

// Zoom to the matching events (the whole world when none is located).
function fitToEvents() {
  const pts = state.events.filter((e) => typeof e.lat === 'number' && typeof e.lon === 'number').map((e) => project(e.lon, e.lat));
  if (!pts.length) { setView([0, 0, MAP_W, MAP_H]); return; }
  const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2, cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  let w = Math.max(120, (Math.max(...xs) - Math.min(...xs)) * 1.4), h = Math.max(120 * MAP_H / MAP_W, (Math.max(...ys) - Math.min(...ys)) * 1.4);
  if (w / h > MAP_W / MAP_H) h = w * MAP_H / MAP_W; else w = h * MAP_W / MAP_H;
  w = Math.min(w, MAP_W); h = Math.min(h, MAP_H);
  setView([cx - w / 2, cy - h / 2, w, h]);
}

function drawLegend() {
  const ul = $('legend');
  ul.replaceChildren();
  for (const t of TYPES) {
    const li = el('li');
    const sw = el('span', 'swatch');
    sw.style.background = color(t);
    li.append(sw, document.createTextNode(t));
    ul.appendChild(li);
  }
}

// ---------- timeline ----------
function addDays(iso, n) { const d = new Date(iso + 'T00:00:00Z'); d.setUTCDate(d.getUTCDate() + n); return d.toISOString().slice(0, 10); }
function daysBetween(a, b) { return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86400000); }

// Bars per day over up to 120 days, per week (from Monday) up to three years, per month beyond.
function binUnit(first, last) { const span = daysBetween(first, last); return span <= 120 ? 'day' : span <= 3 * 366 ? 'week' : 'month'; }
function binStart(day, unit) {
  if (unit === 'day') return day;
  if (unit === 'month') return day.slice(0, 8) + '01';
  return addDays(day, -((new Date(day + 'T00:00:00Z').getUTCDay() + 6) % 7));
}
function binEnd(start, unit) {  // last day of the bin
  if (unit === 'day') return start;
  if (unit === 'week') return addDays(start, 6);
  const d = new Date(start + 'T00:00:00Z'); d.setUTCMonth(d.getUTCMonth() + 1); return addDays(d.toISOString().slice(0, 10), -1);
}
function binLabel(start, unit) { return unit === 'month' ? start.slice(0, 7) : unit === 'week' ? 'week of ' + start : start; }

function drawTimeline(stats) {
  const svg = $('timeline');
  svg.replaceChildren();
  const W = 1000, H = 170, left = 34, right = 8, top = 8, bottom = 22;
  const rows = (stats.by_day || []).filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.day)).sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  if (!rows.length) {
    const t = sv('text', { x: W / 2, y: H / 2, class: 'tick' });
    t.textContent = 'no dated events match';
    svg.appendChild(t);
    return;
  }
  const first = rows[0].day, last = rows[rows.length - 1].day, unit = binUnit(first, last);
  svg.setAttribute('data-unit', unit);
  const bins = [];
  for (let b = binStart(first, unit); b <= last && bins.length < 5000; b = addDays(binEnd(b, unit), 1)) bins.push(b);
  const byBin = new Map(bins.map((b) => [b, {}]));
  rows.forEach((r) => { const o = byBin.get(binStart(r.day, unit)); if (o) o[r.type] = (o[r.type] || 0) + r.n; });
  const max = Math.max(1, ...[...byBin.values()].map((o) => Object.values(o).reduce((s, n) => s + n, 0)));
  const bw = (W - left - right) / bins.length, ph = H - top - bottom;
  svg.appendChild(sv('line', { x1: left, y1: H - bottom, x2: W - right, y2: H - bottom, class: 'axis' }));
  const ylab = sv('text', { x: left - 4, y: top + 8, class: 'ylab' }); ylab.textContent = String(max); svg.appendChild(ylab);
  const selDay = state.selected && state.events.find((e) => keyOf(e) === state.selected);
  bins.forEach((bin, i) => {
    let y = H - bottom;
    const x = left + i * bw, end = binEnd(bin, unit);
    for (const t of TYPES) {
      const n = byBin.get(bin)[t];
      if (!n) continue;
      const h = n / max * ph;
      y -= h;
      const r = sv('rect', { x: x + bw * 0.1, y, width: Math.max(0.8, bw * 0.8), height: h, fill: color(t), class: 'bar' });
      r.setAttribute('data-day', bin);
      r.setAttribute('data-until', end);
      r.setAttribute('data-type', t);
      r.setAttribute('data-n', String(n));
      svTitle(r, `${binLabel(bin, unit)} ${t}: ${n}`);
      r.addEventListener('click', () => { setFilters({ ...state.filters, since: bin, until: end }); state.offset = 0; reload(); });
      svg.appendChild(r);
    }
    if (selDay && selDay.event_date && binStart(selDay.event_date, unit) === bin) {
      svg.appendChild(sv('rect', { x: x + 0.5, y: top, width: Math.max(1, bw - 1), height: ph, class: 'selected-day', 'data-day': selDay.event_date }));
    }
  });
  const ticks = Math.min(bins.length, 8);
  for (let k = 0; k < ticks; k++) {
    const i = ticks === 1 ? 0 : Math.round(k * (bins.length - 1) / (ticks - 1));
    const t = sv('text', { x: left + (i + 0.5) * bw, y: H - 6, class: 'tick' });
    t.textContent = unit === 'month' ? bins[i].slice(0, 7) : bins[i];
    svg.appendChild(t);
  }
}

// ---------- table ----------
function drawTable() {
  const tbody = $('events').tBodies[0];
  tbody.replaceChildren();
  for (const e of state.events) {
    const tr = el('tr');
    tr.setAttribute('data-event', keyOf(e));
    tr.setAttribute('data-event-id', e.event_id);
    tr.setAttribute('data-type', e.type);
    tr.setAttribute('data-place', e.place_name || '');
    if (keyOf(e) === state.selected) tr.classList.add('selected');
    const typeCell = el('td');
    const dot = el('span', 'type-dot'); dot.style.background = color(e.type);
    typeCell.append(dot, document.createTextNode(e.type + (e.mode ? '/' + e.mode : '')));
    tr.append(
      el('td', null, (e.event_date || '–') + (e.date_basis === 'published' ? '*' : '')),
      typeCell,
      el('td', null, e.trigger ? e.trigger.text : ''),
      el('td', null, e.actor ? e.actor.name : ''),
      el('td', null, e.target ? e.target.name : ''),
      el('td', null, e.place_name || ''),
      el('td', null, e.country || ''),
      el('td', null, e.modality),
      el('td', null, typeof e.confidence === 'number' ? e.confidence.toFixed(2) : ''),
      el('td', null, e.title || e.article_id),
    );
    tr.addEventListener('click', () => selectEvent(e));
    tbody.appendChild(tr);
  }
  $('count').textContent = `(${state.total} matching; * = dated by publication)`;
  const to = Math.min(state.offset + state.events.length, state.total);
  $('page').textContent = state.total ? `${state.offset + 1}–${to} of ${state.total}` : 'none';
  $('prev').disabled = state.offset === 0;
  $('next').disabled = state.offset + PAGE >= state.total;
}

// ---------- article view ----------
// Every span of evidence, with the events it belongs to.
function articleSpans(a) {
  const spans = [];
  const add = (s, kind, events) => { if (s && typeof s.start === 'number' && s.end > s.start) spans.push({ start: s.start, end: s.end, kind, events: new Set(events || []) }); };
  const argIndex = new Map();  // "start:end" -> event ids whose argument it is
  const norm = (s) => (s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  for (const e of a.events) {
    add({ start: e.start, end: e.end }, 'sentence', [e.id]);
    add(e.trigger, 'trigger', [e.id]);
    add(e.actor, 'actor', [e.id]);
    add(e.target, 'target', [e.id]);
    add(e.location, 'place', [e.id]);
    add(e.date, 'date', [e.id]);
    add(e.reported_by, 'actor', [e.id]);
    for (const s of [e.trigger, e.actor, e.target, e.location, e.date, e.reported_by]) {
      if (!s) continue;
      const k = s.start + ':' + s.end;
      if (!argIndex.has(k)) argIndex.set(k, []);
      argIndex.get(k).push(e.id);
    }
  }
  const linked = (s) => argIndex.get(s.start + ':' + s.end) || [];
  for (const p of a.places) {
    // a place is evidence for an event when it is its location, or the location's province named in its sentence
    const ids = linked(p).slice();
    for (const e of a.events) {
      if (e.location && e.location.admin1 && p.start >= e.start && p.end <= e.end && norm(p.name) === norm(e.location.admin1)) ids.push(e.id);
    }
    add(p, 'place', ids);
  }
  for (const t of a.times) add(t, 'date', linked(t));
  for (const ac of a.actors || []) add(ac, 'actor', linked(ac));
  for (const q of a.quotes) {
    add(q.content, 'quote', q.event_ids);
    if (q.speaker) add(q.speaker, 'actor', linked(q.speaker).concat(q.event_ids));
  }
  return spans;
}

function renderArticle(a) {
  const box = $('article-text');
  box.replaceChildren();
  $('article-title').textContent = a.title || a.id;
  const meta = [];
  if (a.published) meta.push('published ' + a.published);
  if (a.url) meta.push(a.url);
  meta.push(`${a.events.length} events, ${a.quotes.length} quotes, ${a.places.length} places`);
  $('article-meta').textContent = meta.join(' · ');
  const text = a.text;
  const spans = articleSpans(a);
  const cuts = new Set([0, text.length]);
  spans.forEach((s) => { cuts.add(Math.min(s.start, text.length)); cuts.add(Math.min(s.end, text.length)); });
  const bounds = [...cuts].sort((x, y) => x - y);
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i], to = bounds[i + 1];
    const piece = text.slice(from, to);
    const covering = spans.filter((s) => s.start <= from && s.end >= to);
    if (!covering.length) { box.appendChild(document.createTextNode(piece)); continue; }
    const node = el('span', null, piece);
    const kinds = new Set(covering.filter((s) => s.kind !== 'sentence').map((s) => s.kind));
    kinds.forEach((k) => node.classList.add('k-' + k));
    if (kinds.size) node.classList.add('hl');
    // events this piece is evidence for (not merely in the sentence of), triggers first
    const order = ['trigger', 'place', 'actor', 'target', 'date', 'quote'];
    const evidence = covering.filter((s) => s.kind !== 'sentence').sort((x, y) => order.indexOf(x.kind) - order.indexOf(y.kind));
    const of = (keep) => [...new Set(covering.filter(keep).flatMap((s) => [...s.events]))];
    const argIds = of((s) => s.kind !== 'sentence' && s.kind !== 'quote');  // trigger, actor, target, place, date
    const quoteIds = of((s) => s.kind === 'quote');  // inside a quotation that reports these events
    const ids = [...new Set(evidence.flatMap((s) => [...s.events]))];
    node.setAttribute('data-events', argIds.join(' '));
    node.setAttribute('data-quotes', quoteIds.join(' '));
    node.setAttribute('data-sentence', of((s) => s.kind === 'sentence').join(' '));
    node.title = evidence.map((s) => s.kind).join(', ');
    if (ids.length) {
      node.addEventListener('click', () => {
        const e = a.events.find((x) => x.id === ids[0]);
        if (e) selectEvent(eventRecord(a, e));
      });
    }
    box.appendChild(node);
  }
}

// An event of the open article in the shape /v1/events returns (for selecting it from the text).
function eventRecord(a, e) {
  const found = state.events.find((x) => x.content_hash === a.content_hash && x.event_id === e.id);
  return found || { ...e, event_id: e.id, content_hash: a.content_hash, article_id: a.id, event_date: e.date ? e.date.value : null,
    place_name: e.location ? e.location.name : null, country: e.location ? e.location.country : null };
}

// The selected event's arguments get `sel`, the quotation reporting it `sel-quote`; other highlights fade.
function markSelection(eventId) {
  const box = $('article-text');
  for (const node of box.querySelectorAll('span')) {
    const has = (attr) => (node.getAttribute(attr) || '').split(' ').includes(eventId);
    const sel = has('data-events');
    node.classList.toggle('sel', sel);
    node.classList.toggle('sel-quote', !sel && has('data-quotes'));
    node.classList.toggle('in-sentence', has('data-sentence'));
  }
  box.classList.toggle('has-sel', !!eventId);
  const first = $('article-text').querySelector('span.sel');
  if (first && first.scrollIntoView) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

function drawDetail(e) {
  const box = $('event-detail');
  box.replaceChildren();
  if (!e) return;
  const dl = el('dl');
  const row = (label, value, span) => {
    if (value === null || value === undefined || value === '') return;
    dl.appendChild(el('dt', null, label));
    const dd = el('dd');
    if (span && typeof span.start === 'number') {
      const a = el('a', null, String(value));
      a.addEventListener('click', () => {
        const target = [...$('article-text').querySelectorAll('span.sel')].find((n) => n.textContent && span.text && span.text.includes(n.textContent));
        if (target && target.scrollIntoView) target.scrollIntoView({ block: 'center' });
      });
      dd.appendChild(a);
    } else {
      dd.textContent = String(value);
    }
    dl.appendChild(dd);
  };
  const actorText = (x) => x ? `${x.name}${x.country ? ' (' + x.country + (x.sector ? ' ' + x.sector : '') + ')' : ''} ← “${x.text}”` : null;
  row('type', e.type + (e.mode ? '/' + e.mode : '') + (e.cameo ? ` · CAMEO ${e.cameo}` : '') + (e.acled ? ` · ACLED ${e.acled}` : ''));
  row('trigger', e.trigger && `“${e.trigger.text}”`, e.trigger);
  row('actor', actorText(e.actor), e.actor);
  row('target', actorText(e.target), e.target);
  row('where', e.location && `${e.location.name}${e.location.admin1 ? ', ' + e.location.admin1 : ''} (${e.location.country || '?'}) ← “${e.location.text}”`, e.location);
  row('when', e.date ? `${e.date.value} ← “${e.date.text}”` : (e.event_date ? `${e.event_date} (publication date)` : null), e.date);
  row('modality', e.modality + (e.reported_by ? ` — reported by ${e.reported_by.name}` : ''), e.reported_by);
  row('confidence', typeof e.confidence === 'number' ? e.confidence.toFixed(2) : null);
  row('why', e.rule);
  box.appendChild(dl);
}

async function selectEvent(e) {
  state.selected = keyOf(e);
  history.replaceState(null, '', '#event=' + encodeURIComponent(e.event_id));
  for (const tr of $('events').tBodies[0].rows) tr.classList.toggle('selected', tr.getAttribute('data-event') === state.selected);
  const row = [...$('events').tBodies[0].rows].find((tr) => tr.getAttribute('data-event') === state.selected);
  if (row && row.scrollIntoView) row.scrollIntoView({ block: 'nearest' });
  drawMarkers();
  if (state.stats) drawTimeline(state.stats);
  drawDetail(e);
  try {
    if (!state.article || state.article.content_hash !== e.content_hash) {
      state.article = await api('/v1/articles/' + encodeURIComponent(e.content_hash));
      renderArticle(state.article);
    }
    markSelection(e.event_id);
    $('article-text').setAttribute('data-article', state.article.content_hash || '');
    $('article-text').setAttribute('data-event', e.event_id);
  } catch (err) {
    setStatus('Could not load the article: ' + err.message, true);
  }
}

// ---------- filters and loading ----------
function readFilters() {
  const f = {};
  for (const [k, v] of new FormData($('filters')).entries()) if (String(v).trim() !== '') f[k] = String(v).trim();
  return f;
}
function setFilters(f) {
  const form = $('filters');
  for (const input of form.elements) if (input.name) input.value = f[input.name] || '';
  state.filters = readFilters();
}

async function reload() {
  setStatus('loading…');
  document.body.setAttribute('data-state', 'loading');
  try {
    const [page, stats] = await Promise.all([
      api('/v1/events', { ...state.filters, limit: PAGE, offset: state.offset }),
      api('/v1/stats', state.filters),
    ]);
    state.events = page.events;
    state.total = page.total;
    state.stats = stats;
    drawTable();
    fitToEvents();
    drawTimeline(stats);
    const located = state.events.filter((e) => typeof e.lat === 'number').length;
    setStatus(`${stats.events} events in ${stats.articles} articles match; ${located} of the ${state.events.length} shown are on the map.`);
    document.body.setAttribute('data-state', 'ready');
  } catch (err) {
    setStatus(err.message, true);
    document.body.setAttribute('data-state', 'error');
  }
}

function init() {
  const typeSel = $('filters').elements.type, modSel = $('filters').elements.modality;
  TYPES.forEach((t) => typeSel.appendChild(el('option', null, t)));
  MODALITIES.forEach((m) => modSel.appendChild(el('option', null, m)));
  drawLegend();
  enableZoomPan();
  $('filters').addEventListener('submit', (ev) => { ev.preventDefault(); state.filters = readFilters(); state.offset = 0; reload(); });
  $('reset').addEventListener('click', () => { setFilters({}); state.offset = 0; reload(); });
  $('prev').addEventListener('click', () => { state.offset = Math.max(0, state.offset - PAGE); reload(); });
  $('next').addEventListener('click', () => { state.offset += PAGE; reload(); });
  drawWorld().catch((err) => setStatus('Could not load the map outlines: ' + err.message, true));
  reload().then(openFromHash);
}

// #event=ID selects that event (links to an event can be shared).
async function openFromHash() {
  const m = /^#event=(.+)$/.exec(location.hash);
  if (!m) return;
  try {
    const e = await api('/v1/events/' + encodeURIComponent(decodeURIComponent(m[1])));
    await selectEvent(state.events.find((x) => keyOf(x) === keyOf(e)) || e);
  } catch (err) {
    setStatus('Could not open the linked event: ' + err.message, true);
  }
}

init();
