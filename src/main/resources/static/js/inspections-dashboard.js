// Draws the inspection dashboard's charts with the shared set-up of oversight-charts.js.
LvzhiOversightCharts.whenReady(function () {
  var charts = LvzhiOversightCharts;
  charts.chart('chart-units', charts.unitAges({ type: 'value' }));
  charts.chart('chart-years', function (y, l) {
    return {
      tooltip: { trigger: 'axis' },
      legend: { data: l },
      xAxis: { type: 'category', data: y.years },
      yAxis: [{ type: 'value' }, { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } }],
      series: [
        { name: l[0], type: 'bar', data: y.found },
        { name: l[1], type: 'bar', data: y.closed },
        { name: l[2], type: 'line', yAxisIndex: 1, data: y.rate }
      ]
    };
  });
});
