package org.lvzhi.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.AddMembership;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.CreateOrganization;
import org.lvzhi.directory.DeputyLevel;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.Gender;
import org.lvzhi.directory.IdCardNumber;
import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.NewMembership;
import org.lvzhi.directory.OrganizationDetails;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonDetails;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonalData;
import org.lvzhi.directory.RegisterPerson;
import org.lvzhi.directory.organizations.EditOrganization;
import org.lvzhi.search.DocumentChanged;
import org.lvzhi.search.Search;
import org.lvzhi.search.SearchDocument;
import org.lvzhi.search.SearchHits;
import org.lvzhi.search.SearchQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Persons and bodies in the search index: each change publishes the document a rebuild reads, a
 * renamed body renames itself in its members' and sub-bodies' documents, the public find deputies
 * and office holders but not an office's staff, and no personal data is ever in a document.
 */
@IntegrationTest
@RecordApplicationEvents
class DirectoryIndexTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 500));

	@Autowired
	ApplicationEvents events;
	@Autowired
	DirectoryIndex index;
	@Autowired
	PersonDocuments persons;
	@Autowired
	OrganizationDocuments organizations;
	@Autowired
	RegisterPerson register;
	@Autowired
	CreateOrganization create;
	@Autowired
	EditOrganization edit;
	@Autowired
	AddMembership add;
	@Autowired
	Directory directory;
	@Autowired
	Search search;
	@Autowired
	JdbcClient jdbc;

	@Test
	void aDeputysDocumentHoldsHerSeatsAndNeverHerPersonalData() {
		String idNumber = idNumber(LocalDate.of(1971, 5, 9));
		PersonId deputy = register.register(new PersonDetails("司马晓岚", Gender.FEMALE, "回族", "晋阳纺织厂高级工程师",
				new PersonalData(idNumber, "13912345678", LocalDate.of(1971, 5, 9))));
		OrganizationId congress = create.create(new OrganizationDetails(unique("晋源测试市人民代表大会"),
				Classification.CONGRESS, null, DeputyLevel.MUNICIPAL, 17, null, LocalDate.of(2027, 1, 10), null));
		OrganizationId delegation = create.create(new OrganizationDetails(unique("晋源测试区代表团"),
				Classification.DELEGATION, congress, null, 17, null, LocalDate.of(2027, 1, 10), null));
		add.add(new NewMembership(deputy, congress, MembershipRole.DEPUTY, null, 17, "迎泽区第七选区",
				LocalDate.of(2027, 1, 10), null));
		add.add(new NewMembership(deputy, delegation, MembershipRole.MEMBER, null, 17, null, LocalDate.of(2027, 1, 10),
				null));

		SearchDocument document = last(DirectoryIndex.PERSON, deputy.value());
		assertThat(document).isEqualTo(rebuilt(persons::forEach, deputy.value()));
		assertThat(document.title()).isEqualTo("司马晓岚");
		assertThat(document.body()).contains("迎泽区第七选区", "代表", "第17届", directory.organization(delegation).orElseThrow().name());
		assertThat(document.facets()).containsEntry("level", Set.of("MUNICIPAL"))
			.containsEntry(SearchDocument.ORG, Set.of(String.valueOf(congress.value()), String.valueOf(delegation.value())));
		assertThat(document.readers()).contains(SearchDocument.PUBLIC, SearchDocument.STAFF,
				SearchDocument.personReader(deputy.value()));
		assertNoPersonalData(document, idNumber, "13912345678", LocalDate.of(1971, 5, 9));
		assertThat(document.toString()).doesNotContain("回族", "纺织厂", "FEMALE", "女");

		String renamed = unique("晋源测试改名代表团");
		var before = directory.organization(delegation).orElseThrow();
		edit.edit(delegation, new OrganizationDetails(renamed, Classification.DELEGATION, congress, null, 17, null,
				LocalDate.of(2027, 1, 10), null), before.version());
		assertThat(last(DirectoryIndex.PERSON, deputy.value()).body()).contains(renamed);
		SearchDocument body = last(DirectoryIndex.ORGANIZATION, delegation.value());
		assertThat(body).isEqualTo(rebuilt(organizations::forEach, delegation.value()));
		assertThat(body.title()).isEqualTo(renamed);
		assertThat(body.body()).contains("代表团", directory.organization(congress).orElseThrow().name());
		assertThat(body.readers()).contains(SearchDocument.PUBLIC);

		assertThat(ids(DirectoryIndex.PERSON, "司马晓岚", Set.of(SearchDocument.PUBLIC))).contains(String.valueOf(deputy.value()));
		assertThat(ids(DirectoryIndex.ORGANIZATION, renamed, Set.of(SearchDocument.PUBLIC)))
			.contains(String.valueOf(delegation.value()));
		assertThat(ids(DirectoryIndex.PERSON, "13912345678", Set.of(SearchDocument.STAFF)))
			.doesNotContain(String.valueOf(deputy.value()));
	}

	@Test
	void anOfficesStaffIsFoundByStaffAndHerselfNotByThePublic() {
		PersonId clerk = register.register(new PersonDetails("令狐雪晴", Gender.FEMALE, null, null,
				new PersonalData(idNumber(LocalDate.of(1990, 2, 3)), "13700001111", null)));
		OrganizationId office = create.create(new OrganizationDetails(unique("晋源测试研究室"), Classification.OFFICE, null,
				null, null, null, LocalDate.of(2027, 1, 1), null));
		add.add(new NewMembership(clerk, office, MembershipRole.STAFF, "科员", null, null, LocalDate.of(2027, 2, 1), null));

		SearchDocument document = last(DirectoryIndex.PERSON, clerk.value());
		assertThat(document).isEqualTo(rebuilt(persons::forEach, clerk.value()));
		assertThat(document.readers()).containsExactlyInAnyOrder(SearchDocument.STAFF,
				SearchDocument.personReader(clerk.value()));
		String id = String.valueOf(clerk.value());
		assertThat(ids(DirectoryIndex.PERSON, "令狐雪晴", Set.of(SearchDocument.STAFF))).contains(id);
		assertThat(ids(DirectoryIndex.PERSON, "令狐雪晴", Set.of(SearchDocument.personReader(clerk.value())))).contains(id);
		assertThat(ids(DirectoryIndex.PERSON, "令狐雪晴", Set.of(SearchDocument.PUBLIC, SearchDocument.orgReader(office.value()),
				SearchDocument.personReader(clerk.value() + 1)))).doesNotContain(id);
	}

	/**
	 * The demo world's persons have ID numbers and birth dates (its deputies no phones): none of
	 * them, and no run of digits as long as a phone number, is in any person's document.
	 */
	@Test
	void noDemoPersonsIdNumberBirthDateOrPhoneIsInTheIndex() {
		record Known(long id, String idNumber, LocalDate born) {
		}
		List<Known> known = jdbc.sql("""
				SELECT p.id, p.id_number, p.birth_date FROM directory_person p
				WHERE p.id_number IS NOT NULL AND p.birth_date IS NOT NULL
				AND EXISTS (SELECT 1 FROM directory_membership m WHERE m.person_id = p.id AND m.role = 'DEPUTY')
				ORDER BY p.id LIMIT 20""")
			.query((rs, n) -> new Known(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
			.list();
		assertThat(known).as("demo deputies with personal data").hasSize(20);
		for (Known k : known) {
			SearchDocument document = index.person(k.id()).orElseThrow();
			assertThat(document.readers()).contains(SearchDocument.PUBLIC);
			String all = document.toString();
			assertThat(all).doesNotContain(k.idNumber(), k.idNumber().substring(6, 14), k.born().toString());
			assertThat(ids(DirectoryIndex.PERSON, k.idNumber(), Set.of(SearchDocument.STAFF)))
				.doesNotContain(String.valueOf(k.id()));
		}
		// Test fixtures name bodies with long numbers; the demo world's persons (ID numbers outside
		// the tests' area code 99) have no run of digits as long as a phone number or an ID number.
		Set<String> demo = Set.copyOf(jdbc.sql("SELECT id FROM directory_person WHERE id_number IS NOT NULL AND id_number NOT LIKE '99%'")
			.query(String.class).list());
		List<SearchDocument> everybody = new ArrayList<>();
		persons.forEach(d -> {
			if (demo.contains(d.id())) {
				everybody.add(d);
			}
		});
		assertThat(everybody).hasSizeGreaterThan(1000)
			.allSatisfy(d -> assertThat(d.title() + " " + d.body()).doesNotContainPattern("\\d{11,}"));
	}

	private static void assertNoPersonalData(SearchDocument document, String idNumber, String mobile, LocalDate born) {
		String all = document.toString();
		assertThat(all).doesNotContain(idNumber, idNumber.substring(6, 14), mobile, mobile.substring(3), born.toString(),
				born.toString().replace("-", ""));
	}

	private List<String> ids(String type, String text, Set<String> readers) {
		return search.search(new SearchQuery(type, text, Map.of(), readers, 0, 50)).hits().stream()
			.map(SearchHits.Hit::id).toList();
	}

	private SearchDocument last(String type, long id) {
		List<SearchDocument> published = events.stream(DocumentChanged.class).map(DocumentChanged::document)
			.filter(d -> d.type().equals(type) && d.id().equals(String.valueOf(id))).toList();
		assertThat(published).as("%s %s published", type, id).isNotEmpty();
		return published.get(published.size() - 1);
	}

	private static SearchDocument rebuilt(Consumer<Consumer<SearchDocument>> source, long id) {
		List<SearchDocument> all = new ArrayList<>();
		source.accept(all::add);
		return all.stream().filter(d -> d.id().equals(String.valueOf(id))).findFirst().orElseThrow();
	}

	private static String unique(String prefix) {
		return prefix + SEQUENCE.incrementAndGet() + "号";
	}

	/** A valid ID number with area code 990000, which no real or demo person has. */
	private static String idNumber(LocalDate born) {
		int seq = SEQUENCE.incrementAndGet();
		String first17 = "99" + String.format("%04d", 5000 + seq % 5000) + born.toString().replace("-", "")
				+ String.format("%03d", seq % 1000);
		return first17 + IdCardNumber.checkCharacter(first17);
	}
}
