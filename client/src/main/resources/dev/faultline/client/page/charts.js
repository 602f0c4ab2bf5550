/* faultline report charts: draws every chart figure of the page with uPlot, from the
 * JSON spec inside it (x, series, bands, markers, rules). Nothing is fetched. */
(function () {
  "use strict";
  var HEIGHT = 260;
  var FAULT = "#fab005";

  function spec(figure) {
    return JSON.parse(figure.querySelector('script[type="application/json"]').textContent);
  }

  /* Bars in a slot of width 0.8 around each x: side by side when grouped, else centred. */
  function bars(index, count, grouped) {
    var width = grouped ? 0.8 / count : 0.6;
    var offset = grouped ? -0.4 + index * width : -width / 2;
    return uPlot.paths.bars({
      disp: {
        x0: { unit: 1, values: function (u) { return u.data[0].map(function (x) { return x + offset; }); } },
        size: { unit: 1, values: function () { return [width]; } }
      }
    });
  }

  function series(s, barIndex, barCount, grouped, barsFrom) {
    var out = { label: s.label, stroke: s.color, width: s.width, dash: s.dash, spanGaps: false };
    if (s.kind === "bars") {
      out.fill = s.color;
      if (barsFrom != null) { out.fillTo = function () { return barsFrom; }; }
      out.paths = bars(barIndex, barCount, grouped);
      out.points = { show: false };
    } else if (s.kind === "points") {
      out.paths = function () { return null; };
      out.points = { show: true, size: 9, stroke: s.color, fill: s.color };
    } else {
      out.points = { show: false };
    }
    return out;
  }

  function values(s, logY) {
    return s.values.map(function (v) { return v == null || (logY && v <= 0) ? null : v; });
  }

  /* Bands under the series, markers and rules over them, each labelled at its top. */
  function decorations(c) {
    function x(u, v) { return u.valToPos(v, "x", true); }
    function y(u, v) { return u.valToPos(v, "y", true); }
    return {
      drawAxes: [function (u) {
        var ctx = u.ctx, top = u.bbox.top, h = u.bbox.height;
        ctx.save();
        c.bands.forEach(function (b) {
          var l = Math.max(x(u, b.from), u.bbox.left), r = Math.min(x(u, b.to), u.bbox.left + u.bbox.width);
          ctx.globalAlpha = b.color ? 0.10 : 0.35;
          ctx.fillStyle = b.color || FAULT;
          ctx.fillRect(l, top, Math.max(r - l, 2), h);
        });
        ctx.restore();
      }],
      draw: [function (u) {
        var ctx = u.ctx, top = u.bbox.top, h = u.bbox.height;
        ctx.save();
        ctx.font = (10 * devicePixelRatio) + "px system-ui,sans-serif";
        c.markers.forEach(function (m, i) {
          ctx.strokeStyle = ctx.fillStyle = m.color || "#495057";
          ctx.setLineDash([4 * devicePixelRatio, 3 * devicePixelRatio]);
          ctx.lineWidth = devicePixelRatio;
          ctx.beginPath(); ctx.moveTo(x(u, m.at), top); ctx.lineTo(x(u, m.at), top + h); ctx.stroke();
          ctx.fillText(m.label, x(u, m.at) + 3 * devicePixelRatio, top + (11 + 11 * (i % 4)) * devicePixelRatio);
        });
        c.rules.forEach(function (r) {
          ctx.strokeStyle = ctx.fillStyle = r.color || "#212529";
          ctx.setLineDash([6 * devicePixelRatio, 4 * devicePixelRatio]);
          ctx.lineWidth = 1.5 * devicePixelRatio;
          ctx.beginPath(); ctx.moveTo(u.bbox.left, y(u, r.y)); ctx.lineTo(u.bbox.left + u.bbox.width, y(u, r.y)); ctx.stroke();
          ctx.fillText(r.label, u.bbox.left + u.bbox.width - ctx.measureText(r.label).width - 4 * devicePixelRatio,
            y(u, r.y) - 4 * devicePixelRatio);
        });
        ctx.restore();
      }]
    };
  }

  function xAxis(c) {
    var axis = { label: c.xLabel };
    if (c.categories) {
      axis.splits = function () { return c.categories.map(function (_, i) { return i; }); };
      axis.values = function (u, splits) { return splits.map(function (i) { return c.categories[i]; }); };
      axis.size = 40;
    } else if (c.xTicks.length > 0) {
      axis.splits = function () { return c.xTicks.map(function (t) { return t.at; }); };
      axis.values = function () { return c.xTicks.map(function (t) { return t.label; }); };
    }
    return axis;
  }

  function options(c, width) {
    var barCount = c.series.filter(function (s) { return s.kind === "bars"; }).length, barIndex = 0;
    var yScale = { distr: c.logY ? 3 : 1 };
    if (c.yMin != null && c.yMax != null) {
      yScale.range = [c.yMin, c.yMax];
    } else if (c.categories && !c.logY) {
      yScale.range = function (u, min, max) { return [0, max > 0 ? max * 1.1 : 1]; };
    } else if (c.categories) {
      /* whole decades, the lowest below every bar, so that each bar has a height */
      yScale.range = function (u, min, max) {
        var lo = min == null ? 1 : Math.min(min, c.barsFrom == null ? min : c.barsFrom);
        var hi = max == null ? 10 : Math.max(max, c.barsFrom == null ? max : c.barsFrom);
        var foot = Math.pow(10, Math.floor(Math.log10(lo * 0.999)));
        return [lo / foot < 3 ? foot / 10 : foot, Math.pow(10, Math.ceil(Math.log10(hi * 1.001)))];
      };
    }
    var xScale = { time: false };
    if (c.categories) { xScale.range = [-0.5, c.categories.length - 0.5]; }
    var all = [{ label: c.xLabel }];
    c.series.forEach(function (s) {
      all.push(series(s, barIndex, barCount, c.groupBars, c.barsFrom));
      if (s.kind === "bars") { barIndex++; }
    });
    return {
      title: c.title, width: width, height: HEIGHT, scales: { x: xScale, y: yScale }, series: all,
      axes: [xAxis(c), { label: c.yLabel, size: 60 }], hooks: decorations(c),
      legend: { live: false }, cursor: { drag: { x: false, y: false } }
    };
  }

  function draw(figure) {
    var c = spec(figure);
    var data = [c.x].concat(c.series.map(function (s) { return values(s, c.logY); }));
    var width = Math.max(300, Math.floor(figure.getBoundingClientRect().width));
    new uPlot(options(c, width), data, figure);
    figure.setAttribute("data-drawn", "true");
  }

  document.querySelectorAll("figure.chart").forEach(function (figure) {
    try {
      draw(figure);
    } catch (e) {
      figure.insertAdjacentHTML("beforeend", '<p class="chart-error"></p>');
      figure.lastChild.textContent = "chart not drawn: " + e;
      console.error("faultline chart not drawn:", e);
    }
  });
})();
