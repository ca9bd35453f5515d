package org.lvzhi.directory.persons;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.lvzhi.platform.Moves;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.MembershipView;
import org.lvzhi.directory.OrganizationQuery;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonView;
import org.lvzhi.directory.PersonalData;
import org.lvzhi.directory.web.DirectoryAccess;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;

/** Fills the model of a person's page, for showing it and for re-showing it with an error. */
public final class PersonPage {

	private PersonPage() {
	}

	public static String fill(Model model, Directory directory, DirectoryAccess access, Authentication user, PersonId id,
			Clock clock) {
		PersonView person = directory.person(id).orElseThrow(Moves::notFound);
		LocalDate today = LocalDate.now(clock);
		List<MembershipView> all = directory.membershipsOf(id);
		model.addAttribute("person", person);
		model.addAttribute("current", all.stream().filter(m -> m.endDate() == null || !m.endDate().isBefore(today)).toList());
		model.addAttribute("past", all.stream().filter(m -> m.endDate() != null && m.endDate().isBefore(today)).toList());
		boolean editor = access.canEdit(user);
		model.addAttribute("canEdit", editor);
		if (access.canSeePersonalData(user)) {
			model.addAttribute("personal", directory.personalData(id).orElse(PersonalData.none()));
		}
		if (editor) {
			model.addAttribute("organizations",
					directory.findOrganizations(OrganizationQuery.all(), 1, 10_000).items());
			model.addAttribute("roles", MembershipRole.values());
			model.addAttribute("today", today);
		}
		return PersonController.DETAIL;
	}
}
