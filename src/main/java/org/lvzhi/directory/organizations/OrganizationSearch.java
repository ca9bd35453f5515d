package org.lvzhi.directory.organizations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lvzhi.directory.OrganizationQuery;
import org.lvzhi.directory.OrganizationView;
import org.lvzhi.directory.internal.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The filtered body list in plain SQL. */
@Component
public class OrganizationSearch {

	private final JdbcClient jdbc;

	OrganizationSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<OrganizationView> find(OrganizationQuery query, int offset, int limit) {
		var where = where(query);
		return jdbc.sql("SELECT * FROM directory_organization o" + where.getKey()
				+ " ORDER BY o.classification, o.id LIMIT :limit OFFSET :offset")
			.params(where.getValue())
			.param("limit", limit)
			.param("offset", offset)
			.query(OrganizationRow::map)
			.list()
			.stream()
			.map(OrganizationRow::view)
			.toList();
	}

	public long count(OrganizationQuery query) {
		var where = where(query);
		return jdbc.sql("SELECT COUNT(*) FROM directory_organization o" + where.getKey())
			.params(where.getValue())
			.query(Long.class)
			.single();
	}

	private static Map.Entry<String, Map<String, Object>> where(OrganizationQuery q) {
		List<String> clauses = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (Texts.present(q.name())) {
			clauses.add("o.name LIKE :name");
			params.put("name", "%" + Texts.clean(q.name()).replace("%", "").replace("_", "") + "%");
		}
		if (q.classification() != null) {
			clauses.add("o.classification = :classification");
			params.put("classification", q.classification().name());
		}
		if (q.level() != null) {
			clauses.add("o.level = :level");
			params.put("level", q.level().name());
		}
		if (q.parentId() != null) {
			clauses.add("o.parent_id = :parent");
			params.put("parent", q.parentId().value());
		}
		return Map.entry(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
	}
}
