// The ECharts set-up the oversight dashboards share. Each chart element carries its data as JSON
// (data-chart) and its series labels from the message bundles (data-labels, joined by '|'), so no
// script holds text. Load after ECharts and before the dashboard's own script, which says what to draw.
var LvzhiOversightCharts = (function () {
  // Open items by age: under 1 month, 1 to 3 months, 3 to 6 months, over 6 months.
  var AGE_COLORS = ['#91cc75', '#fac858', '#ee6666', '#73292b'];

  // Runs draw once the page is parsed, and only when ECharts has loaded.
  function whenReady(draw) {
    document.addEventListener('DOMContentLoaded', function () {
      if (typeof echarts === 'undefined') {
        return;
      }
      draw();
    });
  }

  // Draws the chart of the element with this id, when the page has one; option(data, labels)
  // returns the chart's options from the element's data and labels.
  function chart(id, option) {
    var element = document.getElementById(id);
    if (!element) {
      return;
    }
    var data = JSON.parse(element.dataset.chart);
    var labels = element.dataset.labels.split('|');
    echarts.init(element).setOption(option(data, labels));
  }

  // Options of a bar stacked by category, one series per label, coloured in label order.
  function stacked(labels, stack, values, colors) {
    return labels.map(function (label, i) {
      return { name: label, type: 'bar', stack: stack, data: values[i], itemStyle: { color: colors[i] } };
    });
  }

  // The open items of each unit by age, as horizontal stacked bars; valueAxis is the count axis.
  // The data holds the units' names (units) and one list of counts per age band (ages).
  function unitAges(valueAxis) {
    return function (data, labels) {
      return {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { data: labels },
        grid: { left: 180, right: 20 },
        xAxis: valueAxis,
        yAxis: { type: 'category', data: data.units, inverse: true },
        series: stacked(labels, 'age', data.ages, AGE_COLORS)
      };
    };
  }

  return { whenReady: whenReady, chart: chart, stacked: stacked, unitAges: unitAges };
})();
