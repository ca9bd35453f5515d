// Draws the oversight dashboard's charts with the shared set-up of oversight-charts.js.
LvzhiOversightCharts.whenReady(function () {
  var charts = LvzhiOversightCharts;
  charts.chart('chart-units', charts.unitAges({ type: 'value', minInterval: 1 }));
  charts.chart('chart-votes', function (v, vl) {
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { data: vl },
      xAxis: { type: 'category', data: v.years },
      yAxis: { type: 'value', minInterval: 1 },
      series: charts.stacked(vl, 'result', v.series, ['#91cc75', '#fac858', '#ee6666'])
    };
  });
  charts.chart('chart-evaluations', function (e, el) {
    return {
      tooltip: { trigger: 'axis' },
      legend: { data: el },
      xAxis: { type: 'category', data: e.years },
      yAxis: [{ type: 'value', max: 100 }, { type: 'value', minInterval: 1 }],
      series: [
        { name: el[0], type: 'bar', data: e.mean },
        { name: el[1], type: 'line', yAxisIndex: 1, data: e.unsatisfactory }
      ]
    };
  });
});
