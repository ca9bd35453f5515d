package org.lvzhi.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.audit.AuditFilter;
import org.lvzhi.audit.AuditLog;
import org.lvzhi.directory.EndMembership;
import org.lvzhi.directory.organizations.EditOrganization;
import org.lvzhi.directory.persons.EditPerson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

@IntegrationTest
class UseCaseTests {

	@Autowired
	Directory directory;
	@Autowired
	RegisterPerson register;
	@Autowired
	EditPerson edit;
	@Autowired
	CreateOrganization createOrganization;
	@Autowired
	EditOrganization editOrganization;
	@Autowired
	AddMembership addMembership;
	@Autowired
	EndMembership endMembership;
	@Autowired
	AuditLog audit;

	@Test
	void registeringAPersonKeepsPersonalDataApartFromThePublicView() {
		PersonDetails details = DirectoryFixture.person("郭建平");
		PersonId id = register.register(details);

		assertThat(directory.person(id)).get().extracting(PersonView::name).isEqualTo("郭建平");
		assertThat(directory.personalData(id)).get().extracting(PersonalData::idNumber)
			.isEqualTo(details.personal().idNumber());
		assertThat(audit.historyOf("Person", id.toString())).hasSize(1)
			.allSatisfy(e -> assertThat(e.after()).doesNotContain(details.personal().idNumber()).doesNotContain("13800000000"));
	}

	@Test
	void namesAPageOfPersonsAtOnceAndLeavesOutIdsOfNobody() {
		PersonId one = register.register(DirectoryFixture.person("赵一平"));
		PersonId two = register.register(DirectoryFixture.person("钱二平"));
		PersonId nobody = new PersonId(Long.MAX_VALUE - 7);

		assertThat(directory.names(java.util.List.of(one, two, one, nobody)))
			.containsOnly(java.util.Map.entry(one, "赵一平"), java.util.Map.entry(two, "钱二平"));
		assertThat(directory.names(java.util.List.of())).isEmpty();
	}

	@Test
	void refusesAnIdNumberWithAWrongCheckDigit() {
		String valid = DirectoryFixture.idNumber();
		char wrong = valid.charAt(17) == '1' ? '2' : '1';
		PersonDetails details = new PersonDetails("王芳", Gender.FEMALE, "汉族", null,
				new PersonalData(valid.substring(0, 17) + wrong, null, null));

		assertThatThrownBy(() -> register.register(details)).isInstanceOf(DirectoryException.class)
			.extracting(e -> ((DirectoryException) e).messageKey()).isEqualTo("directory.error.idNumberInvalid");
	}

	@Test
	void refusesTheSameIdNumberTwice() {
		PersonDetails details = DirectoryFixture.person("李明");
		register.register(details);

		assertThatThrownBy(() -> register.register(details)).isInstanceOf(DirectoryException.class)
			.extracting(e -> ((DirectoryException) e).messageKey()).isEqualTo("directory.error.idNumberTaken");
	}

	@Test
	void endingAMembershipKeepsItAsHistory() {
		PersonId person = register.register(DirectoryFixture.person("赵丽"));
		OrganizationId body = createOrganization.create(new OrganizationDetails(DirectoryFixture.unique("测试委员会"),
				Classification.SPECIAL_COMMITTEE, null, null, 15, null, LocalDate.of(2022, 1, 1), null));
		MembershipId m = addMembership.add(new NewMembership(person, body, MembershipRole.MEMBER, null, 15, null,
				LocalDate.of(2022, 1, 10), null));
		int version = directory.membership(m).orElseThrow().version();

		endMembership.end(m, LocalDate.of(2023, 6, 30), version);

		assertThat(directory.membershipsOf(person)).singleElement().satisfies(v -> {
			assertThat(v.endDate()).isEqualTo(LocalDate.of(2023, 6, 30));
			assertThat(v.activeOn(LocalDate.of(2023, 7, 1))).isFalse();
		});
		assertThat(directory.membersOf(body)).hasSize(1);
	}

	@Test
	void refusesAnEndDateBeforeTheStartDate() {
		PersonId person = register.register(DirectoryFixture.person("钱进"));
		OrganizationId body = createOrganization.create(new OrganizationDetails(DirectoryFixture.unique("测试办公室"),
				Classification.OFFICE, null, null, null, null, null, null));
		MembershipId m = addMembership.add(new NewMembership(person, body, MembershipRole.STAFF, null, null, null,
				LocalDate.of(2023, 3, 1), null));

		assertThatThrownBy(() -> endMembership.end(m, LocalDate.of(2023, 2, 28), 1))
			.isInstanceOf(DirectoryException.class)
			.extracting(e -> ((DirectoryException) e).messageKey()).isEqualTo("directory.error.endBeforeStart");
		assertThat(directory.membership(m).orElseThrow().endDate()).isNull();
	}

	@Test
	void aStaleVersionDoesNotOverwriteAnEditSavedInBetween() {
		PersonDetails details = DirectoryFixture.person("孙悦");
		PersonId id = register.register(details);
		int seen = directory.person(id).orElseThrow().version();
		edit.edit(id, new PersonDetails("孙悦", Gender.FEMALE, "回族", "第一位编辑", details.personal()), seen);

		assertThatThrownBy(() -> edit.edit(id, new PersonDetails("孙月", Gender.FEMALE, "汉族", "第二位编辑",
				details.personal()), seen)).isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(directory.person(id).orElseThrow()).satisfies(p -> {
			assertThat(p.name()).isEqualTo("孙悦");
			assertThat(p.occupation()).isEqualTo("第一位编辑");
		});
	}

	@Test
	void aStaleVersionDoesNotOverwriteAnOrganization() {
		String name = DirectoryFixture.unique("测试局");
		OrganizationId id = createOrganization.create(new OrganizationDetails(name,
				Classification.GOVERNMENT_DEPARTMENT, null, null, null, null, null, null));
		int seen = directory.organization(id).orElseThrow().version();
		editOrganization.edit(id, new OrganizationDetails(name, Classification.GOVERNMENT_DEPARTMENT, null, null,
				null, "迎泽区", null, null), seen);

		assertThatThrownBy(() -> editOrganization.edit(id, new OrganizationDetails(name,
				Classification.GOVERNMENT_DEPARTMENT, null, null, null, "小店区", null, null), seen))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(directory.organization(id).orElseThrow().area()).isEqualTo("迎泽区");
	}

	@Test
	void searchFindsPersonsByPartOfTheirNameAndByCurrentOrEndedMembership() {
		String body = DirectoryFixture.unique("检索测试组");
		OrganizationId org = createOrganization.create(new OrganizationDetails(body, Classification.OTHER, null, null,
				null, null, null, null));
		PersonId now = register.register(DirectoryFixture.person("欧阳检索甲"));
		PersonId before = register.register(DirectoryFixture.person("欧阳检索乙"));
		addMembership.add(new NewMembership(now, org, MembershipRole.MEMBER, null, null, null, LocalDate.of(2020, 1, 1), null));
		addMembership.add(new NewMembership(before, org, MembershipRole.MEMBER, null, null, null,
				LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)));

		assertThat(directory.findPersons(new PersonQuery("检索", null, null, null, null, null), 1, 20).total()).isEqualTo(2);
		assertThat(directory.findPersons(new PersonQuery(null, null, org, null, null, MembershipStatus.CURRENT), 1, 20)
			.items()).extracting(PersonListItem::id).containsExactly(now);
		assertThat(directory.findPersons(new PersonQuery(null, null, org, null, null, MembershipStatus.ENDED), 1, 20)
			.items()).extracting(PersonListItem::id).containsExactly(before);
	}

	@Test
	void theAuditLogRecordsEveryChange() {
		long before = audit.count(new AuditFilter(null, "directory.", null, null, null, null));
		register.register(DirectoryFixture.person("周审计"));
		assertThat(audit.count(new AuditFilter(null, "directory.", null, null, null, null))).isEqualTo(before + 1);
	}
}
