// Draws the inspection dashboard's charts from the JSON each chart element carries; the labels come
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
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: data.units, inverse: true },
      series: labels.map(function (label, i) {
        return { name: label, type: 'bar', stack: 'age', data: data.ages[i], itemStyle: { color: colors[i] } };
      })
    });
  }
  var years = document.getElementById('chart-years');
  if (years) {
    var y = JSON.parse(years.dataset.chart);
    var l = years.dataset.labels.split('|');
    echarts.init(years).setOption({
      tooltip: { trigger: 'axis' },
      legend: { data: l },
      xAxis: { type: 'category', data: y.years },
      yAxis: [{ type: 'value' }, { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } }],
      series: [
        { name: l[0], type: 'bar', data: y.found },
        { name: l[1], type: 'bar', data: y.closed },
        { name: l[2], type: 'line', yAxisIndex: 1, data: y.rate }
      ]
    });
  }
});
