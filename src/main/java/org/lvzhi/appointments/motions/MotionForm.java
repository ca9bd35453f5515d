package org.lvzhi.appointments.motions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.lvzhi.appointments.AppointmentDesk.Proposer;
import org.lvzhi.appointments.AppointmentKind;
import org.lvzhi.directory.Gender;
import org.lvzhi.directory.MembershipRole;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The motion form as typed: the proposer's motion and up to {@link #ROWS} persons, each picked from
 * the directory or, when new to it, named to be registered there with the motion.
 */
class MotionForm {

	static final int ROWS = 5;

	/** One person of the form; a row without a person or a new name is left out. */
	static class Row {
		private AppointmentKind kind = AppointmentKind.APPOINT;
		private Long person;
		private String personName;
		private String newName;
		private Gender gender;
		private Long body;
		private String bodyName;
		private MembershipRole role = MembershipRole.DEPUTY_HEAD;
		private String label;
		private String record;

		boolean blank() {
			return person == null && (newName == null || newName.isBlank()) && (record == null || record.isBlank())
					&& body == null && (label == null || label.isBlank());
		}

		public AppointmentKind getKind() { return kind; }
		public void setKind(AppointmentKind kind) { this.kind = kind; }
		public Long getPerson() { return person; }
		public void setPerson(Long person) { this.person = person; }
		public String getPersonName() { return personName; }
		public void setPersonName(String personName) { this.personName = personName; }
		public String getNewName() { return newName; }
		public void setNewName(String newName) { this.newName = newName; }
		public Gender getGender() { return gender; }
		public void setGender(Gender gender) { this.gender = gender; }
		public Long getBody() { return body; }
		public void setBody(Long body) { this.body = body; }
		public String getBodyName() { return bodyName; }
		public void setBodyName(String bodyName) { this.bodyName = bodyName; }
		public MembershipRole getRole() { return role; }
		public void setRole(MembershipRole role) { this.role = role; }
		public String getLabel() { return label; }
		public void setLabel(String label) { this.label = label; }
		public String getRecord() { return record; }
		public void setRecord(String record) { this.record = record; }
	}

	private Proposer proposer = Proposer.MAYOR;
	private String title;
	private String reasons;
	private String materials;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate submittedOn;
	private List<Row> nominees = new ArrayList<>();

	MotionForm() {
		while (nominees.size() < ROWS) {
			nominees.add(new Row());
		}
	}

	public Proposer getProposer() { return proposer; }
	public void setProposer(Proposer proposer) { this.proposer = proposer; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getReasons() { return reasons; }
	public void setReasons(String reasons) { this.reasons = reasons; }
	public String getMaterials() { return materials; }
	public void setMaterials(String materials) { this.materials = materials; }
	public LocalDate getSubmittedOn() { return submittedOn; }
	public void setSubmittedOn(LocalDate submittedOn) { this.submittedOn = submittedOn; }
	public List<Row> getNominees() { return nominees; }
	public void setNominees(List<Row> nominees) { this.nominees = nominees; }
}
