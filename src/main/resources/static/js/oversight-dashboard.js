// Draws the oversight dashboard's charts from the JSON each chart element carries; the labels come
// from the page (message bundles), so the script itself holds no text.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  var units = document.getElementById('chart-units');
  if (units) {
    var data = JSON.parse(units.dataset.chart);
    var labels = units.dataset.labels.split('|');
    var colors = ['#91cc75', '#fac858', '#ee6666', '#73292b'];
    echarts.init(units).setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { data: labels },
      grid: { left: 180, right: 20 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: data.units, inverse: true },
      series: labels.map(function (label, i) {
        return { name: label, type: 'bar', stack: 'age', data: data.ages[i], itemStyle: { color: colors[i] } };
      })
    });
  }
  var votes = document.getElementById('chart-votes');
  if (votes) {
    var v = JSON.parse(votes.dataset.chart);
    var vl = votes.dataset.labels.split('|');
    var vc = ['#91cc75', '#fac858', '#ee6666'];
    echarts.init(votes).setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { data: vl },
      xAxis: { type: 'category', data: v.years },
      yAxis: { type: 'value', minInterval: 1 },
      series: vl.map(function (label, i) {
        return { name: label, type: 'bar', stack: 'result', data: v.series[i], itemStyle: { color: vc[i] } };
      })
    });
  }
  var evaluations = document.getElementById('chart-evaluations');
  if (evaluations) {
    var e = JSON.parse(evaluations.dataset.chart);
    var el = evaluations.dataset.labels.split('|');
    echarts.init(evaluations).setOption({
      tooltip: { trigger: 'axis' },
      legend: { data: el },
      xAxis: { type: 'category', data: e.years },
      yAxis: [{ type: 'value', max: 100 }, { type: 'value', minInterval: 1 }],
      series: [
        { name: el[0], type: 'bar', data: e.mean },
        { name: el[1], type: 'line', yAxisIndex: 1, data: e.unsatisfactory }
      ]
    });
  }
});
