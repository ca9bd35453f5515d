package org.lvzhi.appointments.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.lvzhi.directory.MembershipRole;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rules of appointments and removals ({@code lvzhi.appointments.*}), after 地方组织法 art. 50, the
 * constitutional oath system (宪法宣誓制度) and the provinces' 人事任免工作条例. The vote's majority
 * (more than half of all members) is the meetings' own ({@code lvzhi.meetings.pass-*}).
 *
 * @param appointingBody the name that signs letters of appointment
 * @param letterNumber the letter's number, {@link String#format} with the year and the running number
 *     of the year (并任字〔2023〕第12号)
 * @param oathText the oath as read (宪法宣誓誓词)
 * @param posts the titles a post may carry, per role: a nomination for another role or title is a
 *     post that does not exist
 */
@ConfigurationProperties("lvzhi.appointments")
public record AppointmentsSettings(String appointingBody, String letterNumber, String oathText,
		Map<MembershipRole, List<String>> posts) {

	/** The titles of the posts a municipal standing committee appoints to (地方组织法 art. 50). */
	static final Map<MembershipRole, List<String>> DEFAULT_POSTS = new EnumMap<>(Map.of(
			MembershipRole.HEAD, List.of("市长", "院长", "检察长", "局长", "主任", "主任委员", "秘书长"),
			MembershipRole.DEPUTY_HEAD, List.of("副市长", "副院长", "副检察长", "副局长", "副主任", "副主任委员", "副秘书长"),
			MembershipRole.MEMBER, List.of("审判员", "检察员", "审判委员会委员", "检察委员会委员", "委员", "庭长", "副庭长")));

	public AppointmentsSettings {
		appointingBody = appointingBody == null ? "人民代表大会常务委员会" : appointingBody;
		letterNumber = letterNumber == null ? "任字〔%d〕第%d号" : letterNumber;
		oathText = oathText == null ? "我宣誓：忠于中华人民共和国宪法，维护宪法权威，履行法定职责，忠于祖国、忠于人民，恪尽职守、廉洁奉公，"
				+ "接受人民监督，为建设富强民主文明和谐美丽的社会主义现代化强国努力奋斗！" : oathText;
		posts = posts == null || posts.isEmpty() ? DEFAULT_POSTS : Map.copyOf(posts);
	}

	/** Whether a role and title make a post the committee appoints to. */
	public boolean isPost(MembershipRole role, String label) {
		return role != null && label != null && posts.getOrDefault(role, List.of()).contains(label.strip());
	}

	/** The letter's number for the year's {@code n}-th letter. */
	public String letterNumber(int year, int n) {
		return String.format(letterNumber, year, n);
	}
}
