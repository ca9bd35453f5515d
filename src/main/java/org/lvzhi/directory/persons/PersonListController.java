package org.lvzhi.directory.persons;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lvzhi.platform.Page;
import org.lvzhi.platform.Spreadsheet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import org.lvzhi.directory.DeputyLevel;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.MembershipStatus;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.OrganizationQuery;
import org.lvzhi.directory.PersonListItem;
import org.lvzhi.directory.PersonQuery;
import org.lvzhi.directory.PersonalData;
import org.lvzhi.directory.organizations.OrganizationSearch;
import org.lvzhi.directory.web.DirectoryAccess;

/**
 * The person list with its filters, paged, and its export to .xlsx. Personal data appears in the
 * export only for those who may see it.
 */
@Controller
@RequestMapping("/directory/persons")
@PreAuthorize("@directoryAccess.canRead(authentication)")
class PersonListController {

	private static final int EXPORT_CHUNK = 500;

	private final Directory directory;
	private final PersonSearch search;
	private final DirectoryAccess access;
	private final MessageSource messages;
	private final OrganizationSearch organizations;

	PersonListController(Directory directory, PersonSearch search, DirectoryAccess access, MessageSource messages,
			OrganizationSearch organizations) {
		this.organizations = organizations;
		this.directory = directory;
		this.search = search;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String name, @RequestParam(required = false) DeputyLevel level,
			@RequestParam(required = false) Long organization, @RequestParam(required = false) MembershipRole role,
			@RequestParam(required = false) Integer term, @RequestParam(required = false) MembershipStatus status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			Authentication user, Model model) {
		PersonQuery query = query(name, level, organization, role, term, status);
		model.addAttribute("query", query);
		model.addAttribute("page", directory.findPersons(query, Page.number(page), Page.size(size)));
		model.addAttribute("levels", DeputyLevel.values());
		model.addAttribute("roles", MembershipRole.values());
		model.addAttribute("statuses", MembershipStatus.values());
		// Every body for the drop-down, without the count a pager would need.
		model.addAttribute("organizationOptions",
				BodyOptions.html(organizations.find(OrganizationQuery.all(), 0, 10_000), query.organizationId()));
		model.addAttribute("canEdit", access.canEdit(user));
		model.addAttribute("canExportPopolo", access.canExportPopolo(user));
		return "directory/persons";
	}

	@GetMapping("/export.xlsx")
	void export(@RequestParam(required = false) String name, @RequestParam(required = false) DeputyLevel level,
			@RequestParam(required = false) Long organization, @RequestParam(required = false) MembershipRole role,
			@RequestParam(required = false) Integer term, @RequestParam(required = false) MembershipStatus status,
			Authentication user, HttpServletResponse response) throws IOException {
		PersonQuery query = query(name, level, organization, role, term, status);
		boolean personal = access.canSeePersonalData(user);
		var locale = LocaleContextHolder.getLocale();
		List<String> keys = new ArrayList<>(List.of("id", "name", "gender", "ethnicity", "occupation", "bodies"));
		if (personal) {
			keys.addAll(List.of("idNumber", "birthDate", "mobile"));
		}
		List<String> headers = keys.stream().map(k -> messages.getMessage("directory.column." + k, null, locale)).toList();
		response.setContentType(Spreadsheet.CONTENT_TYPE);
		response.setHeader("Content-Disposition", "attachment; filename=\"directory-persons.xlsx\"");
		try (Spreadsheet sheet = new Spreadsheet(messages.getMessage("directory.persons.title", null, locale), headers)) {
			for (int number = 1;; number++) {
				Page<PersonListItem> page = directory.findPersons(query, number, EXPORT_CHUNK);
				Map<Long, PersonalData> data = personal
						? search.personalData(page.items().stream().map(p -> p.id().value()).toList()) : Map.of();
				for (PersonListItem p : page.items()) {
					String gender = p.gender() == null ? null
							: messages.getMessage("directory.gender." + p.gender(), null, locale);
					List<Object> row = new ArrayList<>(List.of(p.id().value(), p.name(), nz(gender), nz(p.ethnicity()),
							nz(p.occupation()), String.join("；", p.currentBodies())));
					if (personal) {
						PersonalData d = data.getOrDefault(p.id().value(), PersonalData.none());
						row.add(nz(d.idNumber()));
						row.add(d.birthDate() == null ? "" : d.birthDate());
						row.add(nz(d.mobile()));
					}
					sheet.row(row.toArray());
				}
				if (!page.hasNext()) {
					break;
				}
			}
			sheet.writeTo(response.getOutputStream());
		}
	}

	private static Object nz(String s) {
		return s == null ? "" : s;
	}

	private static PersonQuery query(String name, DeputyLevel level, Long organization, MembershipRole role,
			Integer term, MembershipStatus status) {
		return new PersonQuery(name, level, organization == null ? null : new OrganizationId(organization), role, term,
				status);
	}
}
