package org.lvzhi.liaison;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.lvzhi.directory.Gender;
import org.lvzhi.directory.PersonDetails;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonalData;
import org.lvzhi.directory.RegisterPerson;
import org.springframework.context.ApplicationContext;

/**
 * Fresh deputies, stations and opinions for each test, so that tests sharing one database never
 * meet. Dates are explicit and never in 2023, the demo's year.
 */
public final class LiaisonFixture {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final ApplicationContext context;

	public LiaisonFixture(ApplicationContext context) {
		this.context = context;
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	public PersonId deputy() {
		return bean(RegisterPerson.class).register(new PersonDetails("测试联络代表" + SEQUENCE.incrementAndGet(),
				Gender.MALE, "汉族", "工程师", PersonalData.none()));
	}

	public PersonId person(String name) {
		return bean(RegisterPerson.class).register(new PersonDetails(name, Gender.FEMALE, "汉族", "教师", PersonalData.none()));
	}

		StationId station(PersonId... deputies) {
		return bean(ManageStations.class).register(new StationDetails("测试联络站" + System.nanoTime() + "-"
				+ SEQUENCE.incrementAndGet(), StationKind.STATION, "小店区", "坞城街道", "坞城路1号", "每周一上午",
				"站长", "0351-1234567"), List.of(deputies));
	}

	public Station get(StationId id) {
		return bean(Stations.class).get(id).orElseThrow();
	}

	public OpinionId opinionAt(StationId station, PersonId deputy, LocalDate on) {
		return bean(ReceiveOpinion.class).receive(new NewOpinion(OpinionSource.RECEPTION, station, null,
				deputy == null ? List.of() : List.of(deputy), on, "张三", "13912345678", "小区门前道路积水", "雨天出行困难",
				"城市建设", "坞城路")).opinion();
	}

	public Opinion opinion(OpinionId id) {
		return bean(Opinions.class).get(id).orElseThrow();
	}

	public int version(OpinionId id) {
		return opinion(id).version();
	}
}
