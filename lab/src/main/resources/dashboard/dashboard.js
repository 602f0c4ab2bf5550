// faultline live dashboard: renders what the dashboard's server pushes (once a second, over SSE).
// The page holds no secret: the chaos token stays in the dashboard's server.
"use strict";
const COLORS = { thread: "#e8590c", process: "#1c7ed6" };
const FALLBACK = ["#2f9e44", "#ae3ec9", "#f59f00", "#495057"];
const charts = {};
let built = "";

function color(name, i) { return COLORS[name] || FALLBACK[i % FALLBACK.length]; }

function el(tag, attrs, text) {
  const e = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
  if (text !== undefined) e.textContent = text;
  return e;
}

function post(path) {
  return fetch(path, { method: "POST" }).then(r => r.json()).catch(() => null);
}

function buildControls(s) {
  const box = document.getElementById("faults");
  s.faults.forEach(f => {
    const b = el("button", { "class": "fault", "data-fault": f, id: "inject-" + f }, f);
    b.onclick = () => post("/api/inject/" + encodeURIComponent(f));
    box.appendChild(b);
  });
  document.getElementById("load-start").onclick = () => post("/api/load/start");
  document.getElementById("load-stop").onclick = () => post("/api/load/stop");
}

function buildCharts(s) {
  const width = Math.max(280, Math.floor((window.innerWidth - 60) / 3));
  const series = [{}].concat(s.targets.map((t, i) => ({ label: t.name, stroke: color(t.name, i), width: 2, spanGaps: false })));
  const make = (id, title, unit, range) => {
    const node = document.getElementById(id);
    node.innerHTML = "";
    charts[id] = new uPlot({
      title: title, width: width, height: 190, series: series,
      scales: { x: { time: true }, y: range ? { range: range } : {} },
      axes: [{}, { label: unit, size: 52 }],
      legend: { live: false },
    }, [[]].concat(s.targets.map(() => [])), node);
  };
  make("chart-rps", "correct answers per second", "req/s");
  make("chart-availability", "availability (correct / answered)", "%", [0, 100]);
  make("chart-p99", "p99 latency per second", "ms");
}

function buildPanels(s) {
  const root = document.getElementById("panels");
  root.innerHTML = "";
  s.targets.forEach(t => {
    const p = el("div", { "class": "panel " + t.name, id: "panel-" + t.name });
    const h = el("h2", {}, t.name);
    h.appendChild(el("span", { "class": "badge", "data-role": "badge" }, "?"));
    p.appendChild(h);
    p.appendChild(el("div", { "class": "meta", "data-role": "meta" }));
    p.appendChild(el("div", { "class": "summary", "data-role": "summary" }));
    p.appendChild(el("div", { "class": "cells", "data-role": "cells" }));
    p.appendChild(el("div", { "class": "meta" }, "events, newest first"));
    p.appendChild(el("ul", { "class": "events", "data-role": "events" }));
    root.appendChild(p);
  });
}

/** The targets' series share their seconds (one load run): align them on the union of times. */
function columns(s, which) {
  const times = [...new Set(s.targets.flatMap(t => t.series[0]))].sort((a, b) => a - b);
  const cols = [times];
  s.targets.forEach(t => {
    const at = new Map(t.series[0].map((x, i) => [x, t.series[which][i]]));
    cols.push(times.map(x => at.has(x) ? at.get(x) : null));
  });
  return cols;
}

function renderCharts(s) {
  charts["chart-rps"].setData(columns(s, 1));
  charts["chart-availability"].setData(columns(s, 2));
  charts["chart-p99"].setData(columns(s, 3));
}

function cell(u, now, up) {
  const state = up ? u.state : "dead";
  const c = el("div", { "class": "cell state-" + state, "data-unit": u.id, "data-state": state });
  c.appendChild(el("b", {}, u.id));
  c.appendChild(el("div", {}, state + " · pid " + u.pid));
  const death = u.lastDeath;
  if (death && now - Date.parse(death.time) < 6000) {
    c.classList.add("flash");
    c.appendChild(el("div", {}, "died: " + death.causeClass));
    c.title = death.cause;
  } else if (u.current) {
    c.appendChild(el("div", {}, "req " + u.current.id + " " + u.current.runningMs + " ms"));
  } else {
    c.appendChild(el("div", {}, "served " + u.served));
  }
  return c;
}

function renderPanel(t, s) {
  const p = document.getElementById("panel-" + t.name);
  const q = role => p.querySelector('[data-role="' + role + '"]');
  const badge = q("badge");
  badge.textContent = t.up ? "up · pid " + t.pid : "DOWN " + (t.downMs / 1000).toFixed(1) + " s";
  badge.className = "badge" + (t.up ? "" : " down");
  p.dataset.up = String(t.up);
  const board = t.scoreboard || {};
  q("meta").textContent = (t.mode || "?") + " mode · " + (t.phase || "?") + " · " + t.url;
  q("summary").textContent = t.up ? board.summary || "" : (board.units || []).map(() => "X").join("");
  const cells = q("cells");
  cells.innerHTML = "";
  (board.units || []).forEach(u => cells.appendChild(cell(u, s.now, t.up)));
  if (!t.up) cells.appendChild(el("div", { "class": "down-overlay" }, "server down"));
  const list = q("events");
  list.innerHTML = "";
  s.events.filter(e => e.target === t.name).reverse().forEach(e => {
    const li = el("li", { "class": e.kind, "data-kind": e.kind });
    li.appendChild(el("span", { "class": "t" }, new Date(e.at).toLocaleTimeString()));
    li.appendChild(document.createTextNode(e.text));
    list.appendChild(li);
  });
}

function renderControls(s) {
  document.querySelectorAll("button.fault").forEach(b => { b.disabled = !s.controls; });
  document.getElementById("load-start").disabled = !s.controls || s.load.running;
  document.getElementById("load-stop").disabled = !s.controls || !s.load.running;
  document.getElementById("load-state").textContent = s.load.running ? "running, " + s.load.rate + " req/s each" : "stopped";
  document.getElementById("controls-note").textContent = s.controls ? "" :
    "buttons off: start the dashboard with $FAULTLINE_CHAOS_TOKEN or --chaos-token-file";
}

function render(s) {
  const shape = s.targets.map(t => t.name).join(",");
  if (built !== shape) {
    if (!built) buildControls(s);
    buildCharts(s);
    buildPanels(s);
    built = shape;
  }
  renderControls(s);
  renderCharts(s);
  s.targets.forEach(t => renderPanel(t, s));
  document.getElementById("link").textContent = "live · " + new Date(s.now).toLocaleTimeString();
  document.body.dataset.updates = String(Number(document.body.dataset.updates || 0) + 1);
}

fetch("/api/snapshot").then(r => r.json()).then(render);
const source = new EventSource("/api/events");
source.onmessage = e => render(JSON.parse(e.data));
source.onerror = () => { document.getElementById("link").textContent = "connection lost, retrying..."; };
