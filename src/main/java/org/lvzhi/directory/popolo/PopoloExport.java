package org.lvzhi.directory.popolo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.memberships.MembershipReads;
import org.lvzhi.directory.organizations.OrganizationRepository;
import org.lvzhi.directory.persons.PersonRepository;

/**
 * The directory as a Popolo document (https://www.popoloproject.com): persons, organizations,
 * memberships and posts, without personal data. Posts are the leadership roles held in a body
 * (主任, 副主任, 秘书长, 负责人 …), one post per body and role.
 */
@Component
class PopoloExport {

	private final PersonRepository persons;
	private final OrganizationRepository organizations;
	private final MembershipReads memberships;

	PopoloExport(PersonRepository persons, OrganizationRepository organizations, MembershipReads memberships) {
		this.persons = persons;
		this.organizations = organizations;
		this.memberships = memberships;
	}

	@Transactional(readOnly = true)
	Document document() {
		List<Person> people = persons.findAll().stream()
			.map(p -> new Person("person/" + p.id(), p.name(), p.gender() == null ? null : p.gender().toLowerCase()))
			.toList();
		List<Organization> bodies = organizations.findAll().stream()
			.map(o -> new Organization("organization/" + o.id(), o.name(), o.classification().toLowerCase(),
					o.parentId() == null ? null : "organization/" + o.parentId(), o.foundingDate(), o.dissolutionDate()))
			.toList();
		Map<String, Post> posts = new LinkedHashMap<>();
		Map<String, Area> areas = new LinkedHashMap<>();
		List<Membership> links = memberships.all().stream().map(m -> {
			String areaId = null;
			if (m.constituency() != null && !m.constituency().isBlank()) {
				areaId = areaId(m.constituency());
				areas.putIfAbsent(areaId, new Area(areaId, m.constituency().strip(), "constituency"));
			}
			String postId = null;
			if (m.role().isPost()) {
				postId = "post/" + m.organizationId() + "/" + m.role().name().toLowerCase();
				posts.putIfAbsent(postId, new Post(postId, m.label() != null ? m.label() : m.role().name().toLowerCase(),
						m.role().name().toLowerCase(), "organization/" + m.organizationId()));
			}
			return new Membership("membership/" + m.id(), "person/" + m.personId(), "organization/" + m.organizationId(),
					postId, m.role().name().toLowerCase(), m.label(), areaId, m.startDate(), m.endDate());
		}).toList();
		return new Document(people, bodies, links, List.copyOf(posts.values()), List.copyOf(areas.values()));
	}

	/**
	 * A constituency's id, the same in every export for the same name: the directory keeps the
	 * constituency as a deputy's text, not as a record of its own.
	 */
	static String areaId(String constituency) {
		return "area/" + java.util.UUID.nameUUIDFromBytes(constituency.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/**
	 * The public part of the directory: who sits in which body and holds which post. Only the
	 * memberships of deputies, members and office holders (not the staff of offices and units), only
	 * the persons who hold one of them, and of each person the name alone; organizations and posts as
	 * in the full document. Never an ID number, phone, address, birth date or gender.
	 */
	@Transactional(readOnly = true)
	Document publicDocument() {
		Document full = document();
		Map<String, String> staff = new LinkedHashMap<>();
		memberships.all().stream().filter(m -> m.role() == MembershipRole.STAFF)
			.forEach(m -> staff.put("membership/" + m.id(), ""));
		List<Membership> open = full.memberships().stream().filter(m -> !staff.containsKey(m.id())).toList();
		java.util.Set<String> holders = new java.util.HashSet<>();
		open.forEach(m -> holders.add(m.personId()));
		List<Person> people = full.persons().stream().filter(p -> holders.contains(p.id()))
			.map(p -> new Person(p.id(), p.name(), null))
			.toList();
		java.util.Set<String> usedAreas = new java.util.HashSet<>();
		open.forEach(m -> usedAreas.add(m.areaId()));
		return new Document(people, full.organizations(), open, full.posts(),
				full.areas().stream().filter(a -> usedAreas.contains(a.id())).toList());
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Document(List<Person> persons, List<Organization> organizations, List<Membership> memberships,
			List<Post> posts, List<Area> areas) {
	}

	/** A constituency (选区 or 代表团), the area a deputy's membership is for. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Area(String id, String name, String classification) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Person(String id, String name, String gender) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Organization(String id, String name, String classification, @JsonProperty("parent_id") String parentId,
			@JsonProperty("founding_date") LocalDate foundingDate,
			@JsonProperty("dissolution_date") LocalDate dissolutionDate) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Membership(String id, @JsonProperty("person_id") String personId,
			@JsonProperty("organization_id") String organizationId, @JsonProperty("post_id") String postId, String role,
			String label, @JsonProperty("area_id") String areaId, @JsonProperty("start_date") LocalDate startDate,
			@JsonProperty("end_date") LocalDate endDate) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Post(String id, String label, String role, @JsonProperty("organization_id") String organizationId) {
	}
}
