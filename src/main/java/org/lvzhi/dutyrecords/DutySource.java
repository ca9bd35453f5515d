package org.lvzhi.dutyrecords;

/** The record of another module an entry was built from; the key under which it is replaced. */
record DutySource(String module, String type, long id) {

	static DutySource receptionDay(long id) {
		return new DutySource("liaison", "reception-day", id);
	}

	static DutySource opinion(long id) {
		return new DutySource("liaison", "opinion", id);
	}

	static DutySource suggestion(long id) {
		return new DutySource("suggestions", "suggestion", id);
	}

	static DutySource bill(long id) {
		return new DutySource("suggestions", "bill", id);
	}

	static DutySource sitting(long id) {
		return new DutySource("meetings", "sitting", id);
	}
}
