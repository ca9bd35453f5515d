package org.lvzhi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.reporting.Figures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's station network reproduces the 2023 report. Liaison tests write their own records in
 * other years, so 2023 holds only the demo's.
 */
@IntegrationTest
class DemoStationsTests {

	@Autowired
	Figures figures;

	private long value(String key) {
		return figures.find(key).orElseThrow().value(2023);
	}

	@Test
	void theStationFiguresOf2023ComeOutOfTheDemoRecords() {
		assertThat(value("station_deputy_visits")).isEqualTo(8783);
		assertThat(value("station_constituents_received")).isEqualTo(23696);
		assertThat(value("station_opinions_collected")).isEqualTo(7490);
		assertThat(value("station_problems_solved")).isEqualTo(5560);
		assertThat(value("counties_visited_for_stations")).isEqualTo(10);
		assertThat(value("stations_visited")).isEqualTo(31);
		assertThat(value("model_stations")).isEqualTo(100);
		assertThat(figures.find("station_problems_solved").orElseThrow().records(2023)).hasSize(5560);
		assertThat(figures.find("station_deputy_visits").orElseThrow().records(2023)).hasSize(8783);
		assertThat(figures.find("station_constituents_received").orElseThrow().records(2023)).hasSize(23696);
		assertThat(figures.find("station_opinions_collected").orElseThrow().records(2023)).hasSize(7490);
		assertThat(figures.find("counties_visited_for_stations").orElseThrow().records(2023)).hasSize(10);
		assertThat(figures.find("stations_visited").orElseThrow().records(2023)).hasSize(31);
		assertThat(figures.find("model_stations").orElseThrow().records(2023)).hasSize(100);
	}

	@Test
	void spreadKeepsTheTotalAndTheBounds() {
		int[] parts = TaiyuanStations.spread(new Random(7), 100, 333, 2, 5);
		assertThat(IntStream.of(parts).sum()).isEqualTo(333);
		assertThat(IntStream.of(parts).allMatch(p -> p >= 2 && p <= 5)).isTrue();
	}
}
