// Draws the station dashboard's charts from the JSON the page carries in data-chart (no inline
// script: the content security policy allows scripts from this site only).
(function () {
  var holder = document.getElementById('liaison-charts');
  if (!holder || !window.echarts) {
    return;
  }
  var data = JSON.parse(holder.getAttribute('data-chart'));
  function entries(map) {
    return Object.keys(map).map(function (k) { return { name: k, value: map[k] }; });
  }
  var categories = echarts.init(document.getElementById('chart-categories'));
  categories.setOption({
    title: { text: data.labels.categories, textStyle: { fontSize: 14 } },
    tooltip: {},
    grid: { left: 90 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: Object.keys(data.categories).reverse() },
    series: [{ type: 'bar', data: Object.values(data.categories).reverse() }]
  });
  var states = echarts.init(document.getElementById('chart-states'));
  states.setOption({
    title: { text: data.labels.states, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'item' },
    series: [{ type: 'pie', radius: ['35%', '65%'], data: entries(data.states).filter(function (e) { return e.value > 0; }) }]
  });
  var months = echarts.init(document.getElementById('chart-months'));
  months.setOption({
    title: { text: data.labels.months, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: Object.keys(data.months) },
    yAxis: { type: 'value' },
    series: [{ type: 'line', data: Object.values(data.months), areaStyle: {} }]
  });
  window.addEventListener('resize', function () {
    categories.resize();
    states.resize();
    months.resize();
  });
})();
