package org.lvzhi.suggestions.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lvzhi.directory.AddMembership;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.CreateOrganization;
import org.lvzhi.directory.DeputyLevel;
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
import org.springframework.context.ApplicationContext;

/** Deputies with ID numbers and seats, and import workbooks written as an office would. */
final class ImportWorkbooks {

	/** A deputy (or a mere person) as an import names her. */
	record Named(PersonId id, String name, String idNumber) {
	}

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final ApplicationContext context;
	private OrganizationId congress;

	ImportWorkbooks(ApplicationContext context) {
		this.context = context;
	}

	Named deputy() {
		return deputyNamed(uniqueName("导入代表"));
	}

	Named deputyNamed(String name) {
		Named p = person(name);
		// A seat in a year no figure test counts, so that the demo world's deputy counts stay as designed.
		context.getBean(AddMembership.class).add(new NewMembership(p.id(), congress(), MembershipRole.DEPUTY, null, 15,
				null, LocalDate.of(2080, 1, 1), LocalDate.of(2080, 12, 31)));
		return p;
	}

	/** A person in the directory who holds no deputy seat. */
	Named person(String name) {
		String idNumber = idNumber();
		PersonId id = context.getBean(RegisterPerson.class).register(new PersonDetails(name, Gender.MALE, "汉族", "职员",
				new PersonalData(idNumber, null, null)));
		return new Named(id, name, idNumber);
	}

	static String uniqueName(String prefix) {
		return prefix + SEQUENCE.incrementAndGet() + "号" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
	}

	private OrganizationId congress() {
		if (congress == null) {
			congress = context.getBean(CreateOrganization.class).create(new OrganizationDetails(
					uniqueName("导入测试市人民代表大会"), Classification.CONGRESS, null, DeputyLevel.MUNICIPAL, 15, null, null,
					null));
		}
		return congress;
	}

	private static String idNumber() {
		ThreadLocalRandom r = ThreadLocalRandom.current();
		LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(r.nextInt(18_000));
		String first17 = "140105" + birth.toString().replace("-", "") + "%03d".formatted(r.nextInt(1000));
		return first17 + IdCardNumber.checkCharacter(first17);
	}

	static byte[] workbook(List<List<String>> rows) {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet("代表建议");
			List<List<String>> all = new ArrayList<>();
			all.add(SuggestionWorkbook.COLUMNS);
			all.addAll(rows);
			for (int r = 0; r < all.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < all.get(r).size(); c++) {
					if (all.get(r).get(c) != null) {
						row.createCell(c).setCellValue(all.get(r).get(c));
					}
				}
			}
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A row in template column order: 标题, 内容, 类别, 领衔代表, 身份证号, 附议代表, 提出日期, 届次/会议. */
	static List<String> row(String title, String body, String category, String lead, String leadId, String coSigners,
			String date, String session) {
		List<String> row = new ArrayList<>();
		row.add(title);
		row.add(body);
		row.add(category);
		row.add(lead);
		row.add(leadId);
		row.add(coSigners);
		row.add(date);
		row.add(session);
		return row;
	}
}
