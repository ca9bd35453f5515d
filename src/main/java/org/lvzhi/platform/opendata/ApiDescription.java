package org.lvzhi.platform.opendata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * What the OpenAPI description says of every operation under {@code /api/v1} besides its own
 * answer: the refusals it may answer, each as problem details ({@code application/problem+json}).
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	static final String PROBLEM = "Problem";

	static final String SESSION = "session";

	private static final Map<String, String> REFUSALS = refusals();

	private static Map<String, String> refusals() {
		Map<String, String> refusals = new LinkedHashMap<>();
		refusals.put("400", "a parameter that cannot be used (page, size, year, state …)");
		refusals.put("404", "no such record, key or path");
		refusals.put("429", "too many calls from this client in the current minute; see Retry-After");
		refusals.put("500", "an error on the server");
		return refusals;
	}

	@Bean
	OpenApiCustomizer openDataProblems(ApiSettings settings) {
		return api -> {
			if (api.getInfo() == null) {
				api.setInfo(new Info());
			}
			api.getInfo().title("Lvzhi open data API").version("v1")
				.description("The public lists of the standing committee as JSON (paged) and CSV, catalogued at "
						+ "/api/v1/catalogue (DCAT). Every refusal is answered as problem details (RFC 9457). Calls are "
						+ "limited per client address and minute (" + settings.requestsPerMinute()
						+ " without signing in).")
				.license(new License().name("open data licence").url(settings.licence()));
			if (api.getComponents() == null) {
				api.setComponents(new Components());
			}
			api.getComponents().addSchemas(PROBLEM, problemSchema());
			// Signed-in endpoints take the session of the web sign-in (the servlet container's cookie).
			api.getComponents().addSecuritySchemes(SESSION, new io.swagger.v3.oas.models.security.SecurityScheme()
				.type(io.swagger.v3.oas.models.security.SecurityScheme.Type.APIKEY)
				.in(io.swagger.v3.oas.models.security.SecurityScheme.In.COOKIE)
				.name("JSESSIONID")
				.description("the session of a sign-in at /login; calls without it are answered 401"));
			if (api.getPaths() == null) {
				return;
			}
			api.getPaths().forEach((path, item) -> {
				if (!path.startsWith("/api/v1/")) {
					return;
				}
				describeLikeItsJsonTwin(api.getPaths().get(path.replaceFirst("\\.csv$", "")), item, path);
				for (Operation operation : item.readOperations()) {
					if (operation.getResponses() != null && operation.getResponses().containsKey("401")) {
						operation.addSecurityItem(new io.swagger.v3.oas.models.security.SecurityRequirement().addList(SESSION));
					}
					REFUSALS.forEach((status, description) -> {
						if (operation.getResponses() != null && !operation.getResponses().containsKey(status)) {
							operation.getResponses().addApiResponse(status, problem(description));
						}
					});
				}
			});
		};
	}

	/** A CSV endpoint's parameters are those of its JSON twin: it gets their descriptions. */
	private static void describeLikeItsJsonTwin(io.swagger.v3.oas.models.PathItem json,
			io.swagger.v3.oas.models.PathItem csv, String path) {
		if (!path.endsWith(".csv") || json == null || json.getGet() == null || csv.getGet() == null
				|| json.getGet().getParameters() == null || csv.getGet().getParameters() == null) {
			return;
		}
		for (var parameter : csv.getGet().getParameters()) {
			if (parameter.getDescription() == null) {
				json.getGet().getParameters().stream()
					.filter(p -> p.getName().equals(parameter.getName()) && p.getIn().equals(parameter.getIn()))
					.findFirst()
					.ifPresent(p -> parameter.setDescription(p.getDescription()));
			}
		}
	}

	static ApiResponse problem(String description) {
		Schema<?> ref = new Schema<>().$ref("#/components/schemas/" + PROBLEM);
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(ApiProblem.MEDIA_TYPE, new MediaType().schema(ref)));
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		Schema schema = new ObjectSchema().description("Problem details (RFC 9457)");
		schema.addProperty("type", new StringSchema().example("about:blank"));
		schema.addProperty("title", new StringSchema().example("参数错误"));
		schema.addProperty("status", new IntegerSchema().example(400));
		schema.addProperty("detail", new StringSchema().example("参数 size 的值 500 不可用"));
		schema.addProperty("instance", new StringSchema().example("/api/v1/laws"));
		schema.setRequired(List.of("type", "title", "status", "detail", "instance"));
		return schema;
	}
}
