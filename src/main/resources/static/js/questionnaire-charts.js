// Bar charts of a questionnaire's results: each element carries its counts (data-chart, comma
// separated) and the option labels (data-labels, '|' separated) from the page, so no text lives here.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  document.querySelectorAll('.result-chart').forEach(function (element) {
    var counts = element.dataset.chart.split(',').map(Number);
    var labels = element.dataset.labels.split('|');
    echarts.init(element).setOption({
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { width: 160, overflow: 'truncate' } },
      tooltip: { trigger: 'axis' },
      series: [{ type: 'bar', data: counts, itemStyle: { color: '#3b6fb6' }, label: { show: true, position: 'right' } }]
    });
  });
});
