package org.lvzhi.petitions.handling;

import org.lvzhi.platform.ContactData;

/**
 * The petitioner's personal data. Only the petitions office reads them whole; every such reading is
 * logged. {@link #masked()} is what a list shows the office (张*, 138****1234).
 */
public record Petitioner(String name, String idNumber, String phone, String address, String representatives) {

	public static final Petitioner NONE = new Petitioner(null, null, null, null, null);

	/** The same with the name and phone masked and the ID number and address left out. */
	public Petitioner masked() {
		return new Petitioner(maskName(name), null, maskPhone(phone), null, null);
	}

	static String maskName(String name) {
		return ContactData.maskName(name);
	}

	static String maskPhone(String phone) {
		return ContactData.maskPhone(phone);
	}
}
