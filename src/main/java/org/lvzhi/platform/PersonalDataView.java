package org.lvzhi.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page handler that shows a person's contact data (a constituent's phone, a commenter's
 * contact, a deputy's mobile number): every successful view is written to the audit log as
 * {@code audit.personalData.viewed}, with who looked, when, and which record.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PersonalDataView {

	/** The kind of record shown, e.g. {@code ConstituentOpinion}: logged as subject {@code PersonalData}, id {@code ConstituentOpinion/<the path's id>}. */
	String value();
}
