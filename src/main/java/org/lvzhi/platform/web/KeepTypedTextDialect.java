package org.lvzhi.platform.web;

import java.util.Locale;
import java.util.Set;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractElementTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Fills the form whose post was refused with what was posted: text fields get their value, text
 * areas their text, selects, check boxes and radio buttons their choice. Runs after the standard
 * dialect, so that it sees the addresses and values the templates computed and overrides them only
 * in the refused form. Hidden fields, files, passwords and the record's version keep what the page
 * gives them.
 */
final class KeepTypedTextDialect extends AbstractProcessorDialect {

	private static final String FORM = "lvzhiRefusedForm";
	private static final String SELECT = "lvzhiRefusedSelect";
	private static final Set<String> UNTOUCHED = Set.of("hidden", "file", "password", "submit", "button", "reset",
			"image");

	KeepTypedTextDialect() {
		super("Lvzhi refused forms", "lvzhi-refused", 20_000);
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new Form(dialectPrefix), new Input(dialectPrefix), new TextArea(dialectPrefix),
				new Select(dialectPrefix), new Option(dialectPrefix));
	}

	private abstract static class Tag extends AbstractElementTagProcessor {

		Tag(String prefix, String element) {
			super(TemplateMode.HTML, prefix, element, false, null, false, 1000);
		}

		static RefusedForm refused(ITemplateContext context) {
			return context.getVariable(FORM) instanceof RefusedForm f ? f : null;
		}
	}

	/** Marks the body of the refused form. */
	private static final class Form extends Tag {

		Form(String prefix) {
			super(prefix, "form");
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, IElementTagStructureHandler out) {
			if (!(context.getVariable(RefusedForm.ATTRIBUTE) instanceof RefusedForm refused)
					|| !"post".equalsIgnoreCase(tag.getAttributeValue("method"))) {
				out.setLocalVariable(FORM, null);
				return;
			}
			String action = tag.getAttributeValue("action");
			if ((action == null || action.isBlank()) && context instanceof IWebContext web) {
				var request = web.getExchange().getRequest();
				action = request.getApplicationPath() + request.getPathWithinApplication();
			}
			out.setLocalVariable(FORM, refused.isPostedTo(action) ? refused : null);
		}
	}

	private static final class Input extends Tag {

		Input(String prefix) {
			super(prefix, "input");
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, IElementTagStructureHandler out) {
			RefusedForm refused = refused(context);
			String name = tag.getAttributeValue("name");
			if (refused == null || name == null || !RefusedForm.kept(name)) {
				return;
			}
			String type = tag.getAttributeValue("type");
			type = type == null ? "text" : type.toLowerCase(Locale.ROOT);
			if (UNTOUCHED.contains(type)) {
				return;
			}
			if (type.equals("checkbox") || type.equals("radio")) {
				String value = tag.getAttributeValue("value");
				if (refused.contains(name, value == null ? "on" : value)) {
					out.setAttribute("checked", "checked");
				}
				else {
					out.removeAttribute("checked");
				}
				return;
			}
			if (refused.has(name)) {
				out.setAttribute("value", refused.first(name));
			}
		}
	}

	private static final class TextArea extends Tag {

		TextArea(String prefix) {
			super(prefix, "textarea");
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, IElementTagStructureHandler out) {
			RefusedForm refused = refused(context);
			String name = tag.getAttributeValue("name");
			if (refused != null && name != null && RefusedForm.kept(name) && refused.has(name)) {
				out.setBody(refused.first(name), false);
			}
		}
	}

	private static final class Select extends Tag {

		Select(String prefix) {
			super(prefix, "select");
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, IElementTagStructureHandler out) {
			RefusedForm refused = refused(context);
			String name = tag.getAttributeValue("name");
			out.setLocalVariable(SELECT,
					refused != null && name != null && RefusedForm.kept(name) && refused.has(name) ? name : null);
		}
	}

	private static final class Option extends Tag {

		Option(String prefix) {
			super(prefix, "option");
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, IElementTagStructureHandler out) {
			RefusedForm refused = refused(context);
			if (refused == null || !(context.getVariable(SELECT) instanceof String name)) {
				return;
			}
			String value = tag.getAttributeValue("value");
			if (value == null) {
				return;
			}
			if (refused.contains(name, value)) {
				out.setAttribute("selected", "selected");
			}
			else {
				out.removeAttribute("selected");
			}
		}
	}
}
