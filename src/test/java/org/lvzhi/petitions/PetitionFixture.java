package org.lvzhi.petitions;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.lvzhi.petitions.handling.Petition;
import org.lvzhi.petitions.handling.PetitionMoves;
import org.lvzhi.petitions.handling.PetitionStore;
import org.springframework.context.ApplicationContext;

/** Petitions in a named state, registered through the office's moves. */
public class PetitionFixture {

	/** A petitioner nobody else has: every test's personal data can be looked for on every page. */
	private static final AtomicInteger SEQ = new AtomicInteger();

	public final PetitionMoves moves;
	public final PetitionStore store;

	public PetitionFixture(ApplicationContext context) {
		this.moves = context.getBean(PetitionMoves.class);
		this.store = context.getBean(PetitionStore.class);
	}

	/** A unique petitioner's name, e.g. 钟离测七. */
	public static String uniqueName() {
		int n = SEQ.incrementAndGet();
		return "钟离" + "甲乙丙丁戊己庚辛壬癸".charAt(n % 10) + "子丑寅卯辰巳午未申酉戌亥".charAt((n / 10) % 12) + n;
	}

	public NewPetition letter(LocalDate on, String name, String phone, String idNumber) {
		return new NewPetition(PetitionKind.LETTER, on, 1, name, idNumber, phone, "太原市小店区测试路" + SEQ.get() + "号", null,
				"小区供暖温度长期不达标", "我们小区今冬供暖温度一直在十五度以下，多次向供热公司反映没有解决，请求督促整改。", "城乡建设", "小店区",
				"市城乡管理局");
	}

	public Petition registered(LocalDate on) {
		return moves.registered(letter(on, uniqueName(), "13812345678", null));
	}

	public Petition inHandling(LocalDate received, LocalDate routed) {
		Petition p = registered(received);
		moves.route(p.id(), Route.TRANSFER, "市城乡管理局", null, null, routed);
		return get(p.id());
	}

	public Petition replied(LocalDate received, LocalDate routed, LocalDate replied) {
		Petition p = inHandling(received, routed);
		moves.reply(p.id(), ReplyKind.EXPLAIN, "已责成供热公司整改，室温已达标。", replied);
		return get(p.id());
	}

	public Petition get(PetitionId id) {
		return store.find(id).orElseThrow();
	}
}
