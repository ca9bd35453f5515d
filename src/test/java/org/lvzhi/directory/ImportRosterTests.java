package org.lvzhi.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.audit.AuditFilter;
import org.lvzhi.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ImportRosterTests {

	@Autowired
	ImportRoster importRoster;
	@Autowired
	Directory directory;
	@Autowired
	CreateOrganization createOrganization;
	@Autowired
	RegisterPerson register;
	@Autowired
	AuditLog audit;

	String congress;
	String delegation;
	String group;

	@BeforeEach
	void aTownshipCongressWithADelegationAndAGroup() {
		congress = DirectoryFixture.unique("测试镇第二十届人民代表大会");
		OrganizationId c = createOrganization.create(new OrganizationDetails(congress, Classification.CONGRESS, null,
				DeputyLevel.TOWNSHIP, 20, "测试镇", LocalDate.of(2021, 9, 1), null));
		delegation = DirectoryFixture.unique("测试代表团");
		OrganizationId d = createOrganization.create(new OrganizationDetails(delegation, Classification.DELEGATION, c,
				DeputyLevel.TOWNSHIP, 20, null, null, null));
		group = DirectoryFixture.unique("测试代表小组");
		createOrganization.create(new OrganizationDetails(group, Classification.DEPUTY_GROUP, d, DeputyLevel.TOWNSHIP,
				20, null, null, null));
	}

	private String[] row(String name, String idNumber) {
		return new String[] { name, "男", "汉族", "1975-03-14", idNumber, "乡", "第二十届", congress, delegation, group,
				"第一选区", "测试村党支部书记", "13912345678" };
	}

	private ImportResult upload(RosterWorkbook workbook) {
		return importRoster.importWorkbook(new ByteArrayInputStream(workbook.bytes()));
	}

	@Test
	void aGoodRosterAddsNewPersonsAndUpdatesKnownOnes() {
		String known = DirectoryFixture.idNumber();
		PersonId existing = register.register(new PersonDetails("旧名字", Gender.MALE, "汉族", null,
				new PersonalData(known, null, null)));
		long auditBefore = audit.count(new AuditFilter(null, "directory.roster.imported", null, null, null, null));

		ImportResult result = upload(RosterWorkbook.template()
			.row(row("张新", DirectoryFixture.idNumber()))
			.row(row("李新", DirectoryFixture.idNumber()))
			.row(row("王已知", known)));

		assertThat(result.errors()).isEmpty();
		assertThat(result.added()).isEqualTo(2);
		assertThat(result.updated()).isEqualTo(1);
		assertThat(directory.person(existing).orElseThrow().name()).isEqualTo("王已知");
		assertThat(directory.membershipsOf(existing)).extracting(MembershipView::organizationName)
			.containsExactlyInAnyOrder(congress, delegation, group);
		assertThat(directory.membershipsOf(existing)).filteredOn(m -> m.role() == MembershipRole.DEPUTY)
			.singleElement()
			.satisfies(m -> {
				assertThat(m.constituency()).isEqualTo("第一选区");
				assertThat(m.term()).isEqualTo(20);
				assertThat(m.startDate()).isEqualTo(LocalDate.of(2021, 9, 1));
			});
		assertThat(audit.count(new AuditFilter(null, "directory.roster.imported", null, null, null, null)))
			.isEqualTo(auditBefore + 1);
		assertThat(audit.historyOf("Person", existing.toString())).hasSize(2);
	}

	@Test
	void importingTheSameRosterTwiceUpdatesWithoutDuplicatingMemberships() {
		RosterWorkbook roster = RosterWorkbook.template().row(row("周重复", DirectoryFixture.idNumber()));
		upload(roster);
		ImportResult again = upload(roster);

		assertThat(again.added()).isZero();
		assertThat(again.updated()).isEqualTo(1);
		PersonId id = directory.findPersons(new PersonQuery("周重复", null, null, null, null, null), 1, 5).items().get(0).id();
		assertThat(directory.membershipsOf(id)).hasSize(3);
	}

	@Test
	void aRosterWithoutRequiredColumnsIsRejected() {
		ImportResult result = upload(RosterWorkbook.withHeaders(List.of("姓名", "身份证号")).row("张三", DirectoryFixture.idNumber()));

		assertThat(result.accepted()).isFalse();
		assertThat(result.errors()).extracting(RosterError::column).contains("代表层级", "届次", "手机号");
		assertThat(result.errors()).allSatisfy(e -> assertThat(e.row()).isEqualTo(1));
	}

	@Test
	void aDuplicateIdNumberRejectsTheWholeRoster() {
		String id = DirectoryFixture.idNumber();
		String name = DirectoryFixture.unique("重号甲");
		ImportResult result = upload(RosterWorkbook.template().row(row(name, id)).row(row("重号乙", id)));

		assertThat(result.errors()).singleElement().satisfies(e -> {
			assertThat(e.row()).isEqualTo(3);
			assertThat(e.column()).isEqualTo("身份证号");
			assertThat(e.messageKey()).isEqualTo("directory.import.error.idNumberDuplicate");
			assertThat(e.args()).containsExactly(id, 2);
		});
		assertNothingImported(name);
	}

	@Test
	void anIdNumberWithAWrongCheckDigitIsReported() {
		String valid = DirectoryFixture.idNumber();
		String wrong = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
		String name = DirectoryFixture.unique("校验");
		ImportResult result = upload(RosterWorkbook.template().row(row(name, DirectoryFixture.idNumber())).row(row("错号", wrong)));

		assertThat(result.errors()).singleElement().satisfies(e -> {
			assertThat(e.row()).isEqualTo(3);
			assertThat(e.messageKey()).isEqualTo("directory.import.error.idNumberInvalid");
		});
		assertNothingImported(name);
	}

	@Test
	void anImpossibleDateIsReported() {
		String[] cells = row(DirectoryFixture.unique("日期"), DirectoryFixture.idNumber());
		cells[3] = "1975-02-30";
		ImportResult result = upload(RosterWorkbook.template().row(cells));

		assertThat(result.errors()).singleElement().satisfies(e -> {
			assertThat(e.row()).isEqualTo(2);
			assertThat(e.column()).isEqualTo("出生日期");
			assertThat(e.messageKey()).isEqualTo("directory.import.error.date");
		});
		assertNothingImported(cells[0]);
	}

	@Test
	void anUnknownLevelIsReported() {
		String[] cells = row(DirectoryFixture.unique("层级"), DirectoryFixture.idNumber());
		cells[5] = "村";
		ImportResult result = upload(RosterWorkbook.template().row(cells));

		assertThat(result.errors()).extracting(RosterError::column, RosterError::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("代表层级", "directory.import.error.level"));
		assertNothingImported(cells[0]);
	}

	@Test
	void unknownBodiesAreReported() {
		String[] badDelegation = row(DirectoryFixture.unique("团"), DirectoryFixture.idNumber());
		badDelegation[8] = "不存在的代表团";
		String[] badGroup = row(DirectoryFixture.unique("组"), DirectoryFixture.idNumber());
		badGroup[9] = "不存在的代表小组";
		String[] badCongress = row(DirectoryFixture.unique("会"), DirectoryFixture.idNumber());
		badCongress[7] = "不存在的人民代表大会";
		ImportResult result = upload(RosterWorkbook.template().row(badDelegation).row(badGroup).row(badCongress));

		assertThat(result.errors()).extracting(RosterError::row, RosterError::messageKey).containsExactly(
				org.assertj.core.groups.Tuple.tuple(2, "directory.import.error.unknownDelegation"),
				org.assertj.core.groups.Tuple.tuple(3, "directory.import.error.unknownGroup"),
				org.assertj.core.groups.Tuple.tuple(4, "directory.import.error.unknownCongress"));
		assertNothingImported(badDelegation[0]);
	}

	private void assertNothingImported(String name) {
		assertThat(directory.findPersons(new PersonQuery(name, null, null, null, null, null), 1, 5).total()).isZero();
	}
}
