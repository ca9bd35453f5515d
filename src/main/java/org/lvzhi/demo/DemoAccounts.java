package org.lvzhi.demo;

import java.util.List;

import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.NewAccount;
import org.lvzhi.accounts.Role;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.OrganizationView;
import org.lvzhi.directory.PersonListItem;
import org.lvzhi.directory.PersonQuery;
import org.springframework.stereotype.Component;

/**
 * The demo sign-ins, one per role, with fixed passwords. They are the last part of the demo world,
 * so that they exist only in a complete one: a demo sign-in that works means the world is there.
 */
@Component
public class DemoAccounts implements DemoContributor {

	private static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("admin", "admin2023", "ADMIN", "系统管理员"),
			new DemoAccount("daibiao-gw", "daigong2023", "STAFF", "代表工作委员会工作人员（可维护名录、查看个人信息）"),
			new DemoAccount("bangongting", "bgt2023ty", "STAFF", "办公厅工作人员（可维护名录、查看个人信息）"),
			new DemoAccount("weimin", "weimin2023", "MEMBER", "常委会主任魏民（常委会组成人员）"),
			new DemoAccount("daibiao", "daibiao2023", "DEPUTY", "市人大代表（小店区代表团）"),
			new DemoAccount("zhujianju", "zhujian2023", "UNIT", "承办单位：市住房和城乡建设局"),
			new DemoAccount("gongzhong", "gongzhong2023", "PUBLIC", "注册公众"),
			new DemoAccount("fagongwei", "fagong2023", "STAFF", "法制工作委员会工作人员（记录表决、查看意见人联系方式、向法规库发布）"),
			new DemoAccount("xinfang", "xinfang2023", "STAFF", "信访局工作人员（登记、办理信访事项，可查看信访人个人信息）"));

	private final Accounts accounts;
	private final Directory directory;

	DemoAccounts(Accounts accounts, Directory directory) {
		this.accounts = accounts;
		this.directory = directory;
	}

	/** The demo world's accounts, whether or not they exist in this database. */
	public List<DemoAccount> list() {
		return ACCOUNTS;
	}

	@Override
	public int order() {
		return 1000;
	}

	@Override
	public String name() {
		return "accounts";
	}

	@Override
	public void contribute(DemoContext context) {
		Long chair = firstPerson(new PersonQuery(TaiyuanBodies.CHAIR_NAME, null, null, MembershipRole.CHAIR, null, null));
		Long deputy = directory.organizationNamed(TaiyuanBodies.DEMO_DEPUTY_DELEGATION)
			.map(d -> firstPerson(new PersonQuery(null, null, d.id(), null, null, null)))
			.orElse(null);
		Long unit = directory.organizationNamed(TaiyuanBodies.DEMO_UNIT).map(OrganizationView::id)
			.map(id -> id.value()).orElse(null);
		open(ACCOUNTS.get(0), "系统管理员", Role.ADMIN, null, null, null);
		open(ACCOUNTS.get(1), "代表工委 工作人员", Role.STAFF, "DEPUTY_AFFAIRS", null, null);
		open(ACCOUNTS.get(2), "办公厅 工作人员", Role.STAFF, "GENERAL_OFFICE", null, null);
		open(ACCOUNTS.get(3), TaiyuanBodies.CHAIR_NAME, Role.MEMBER, null, chair, null);
		open(ACCOUNTS.get(4), deputyName(deputy), Role.DEPUTY, null, deputy, null);
		open(ACCOUNTS.get(5), TaiyuanBodies.DEMO_UNIT, Role.UNIT, null, null, unit);
		open(ACCOUNTS.get(6), "公众用户", Role.PUBLIC, null, null, null);
		open(ACCOUNTS.get(7), "法工委 工作人员", Role.STAFF, "LEGISLATIVE_AFFAIRS", null, null);
		open(ACCOUNTS.get(8), "信访局 工作人员", Role.STAFF, "PETITIONS", null, null);
	}

	private void open(DemoAccount a, String displayName, Role role, String office, Long person, Long organization) {
		if (!accounts.exists(a.username())) {
			accounts.openWithPublishedPassword(
					new NewAccount(a.username(), a.password(), displayName, role, office, person, organization));
		}
	}

	private Long firstPerson(PersonQuery query) {
		List<PersonListItem> items = directory.findPersons(query, 1, 1).items();
		return items.isEmpty() ? null : items.get(0).id().value();
	}

	private String deputyName(Long person) {
		return person == null ? "人大代表"
				: directory.person(new org.lvzhi.directory.PersonId(person)).map(p -> p.name()).orElse("人大代表");
	}
}
